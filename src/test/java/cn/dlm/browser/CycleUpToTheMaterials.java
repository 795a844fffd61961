package cn.dlm.browser;

import cn.dlm.cycle.CycleDriver;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A browser test's cycle, as a field {@code @RegisterExtension final CycleUpToTheMaterials cycle = new …}: before
 * each test started today for a meeting in 30 days and driven up to the materials (study, opinions and
 * acknowledgements done), after it removed with its history.
 */
public final class CycleUpToTheMaterials implements BeforeEachCallback, AfterEachCallback {

  private ProcessEngine engine;
  private CycleDriver driver;
  private ProcessInstance instance;

  @Override
  public void beforeEach(ExtensionContext context) {
    engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    driver = new CycleDriver(engine, today);
    LocalDate meeting = today.plusDays(30);
    instance = driver.start(driver.startForm(meeting.getYear(), meeting));
    driver.recordStudy(instance);
    driver.collectOpinions(instance);
    driver.acknowledgeOpinions(instance);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "browser test done", true, true);
    engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(instance.getBusinessKey())
        .list().forEach(pi -> engine.getHistoryService().deleteHistoricProcessInstanceIfExists(pi.getId()));
  }

  public CycleDriver driver() {
    return driver;
  }

  public ProcessInstance instance() {
    return instance;
  }
}
