package cn.dlm.browser;

import cn.dlm.cycle.CycleDriver;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A browser test's cycle: started today for a meeting in 30 days and driven up to the materials (study, opinions,
 * acknowledgements done), removed with its history when the test is done.
 */
public final class CycleUpToTheMaterials {

  private final ProcessEngine engine;
  private final CycleDriver driver;
  private final ProcessInstance instance;

  private CycleUpToTheMaterials(ProcessEngine engine) {
    this.engine = engine;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    driver = new CycleDriver(engine, today);
    LocalDate meeting = today.plusDays(30);
    instance = driver.start(driver.startForm(meeting.getYear(), meeting));
    driver.recordStudy(instance);
    driver.collectOpinions(instance);
    driver.acknowledgeOpinions(instance);
  }

  public static CycleUpToTheMaterials start(ProcessEngine engine) {
    return new CycleUpToTheMaterials(engine);
  }

  public CycleDriver driver() {
    return driver;
  }

  public ProcessInstance instance() {
    return instance;
  }

  public void remove() {
    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "browser test done", true, true);
    engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(instance.getBusinessKey())
        .list().forEach(pi -> engine.getHistoryService().deleteHistoricProcessInstanceIfExists(pi.getId()));
  }
}
