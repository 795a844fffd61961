package cn.dlm.material;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.access.TasklistFilters;
import cn.dlm.browser.Browser;
import cn.dlm.browser.BrowserTest;
import cn.dlm.browser.CamundaForm;
import cn.dlm.browser.CycleUpToTheMaterials;
import cn.dlm.browser.TasklistPage;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The parser's warnings at the top of the check form (核对个人材料结构), in Tasklist. */
@BrowserTest
class MaterialWarningsBrowserIT {

  private static final String CHECK = "核对个人材料结构";

  @Autowired
  private ProcessEngine engine;

  @RegisterExtension
  final CycleUpToTheMaterials cycle = new CycleUpToTheMaterials();

  @Test
  void theAuthorSeesWhatTheParserWasUnsureAbout(Browser browser) {
    ProcessInstance material = cycle.driver().memberMaterials(cycle.instance()).stream()
        .filter(m -> "lihua".equals(engine.getRuntimeService().getVariable(m.getId(), "member"))).findFirst().orElseThrow();
    cycle.driver().complete(cycle.driver().memberTask(material, "Task_WriteMaterial"), Map.of("materialText", """
        一、学习研讨方面（3条）
        1.学习深度不足,流于表面化
        2.研讨交流不充分,发言多为念稿
        二、原因分析
        1.理论学习抓得不够紧
        三、整改措施
        1.完善学习制度
        """));

    TasklistPage tasklist = TasklistPage.loginAs(browser, "lihua").selectFilter(TasklistFilters.MINE);
    tasklist.waitForTask(CHECK).openTask(CHECK);
    CamundaForm form = CamundaForm.of(browser);
    browser.waitUntil(d -> form.rows("存在的问题") == 2 ? true : null);
    browser.waitForText("解析提示").waitForText("“学习研讨”标明 3 条，实际识别出 2 条");
    browser.screenshot("01-warnings-above-the-structure");

    assertThat(browser.bodyText().indexOf("解析提示")).as("the warnings stand above the parsed problems")
        .isLessThan(browser.bodyText().indexOf("存在的问题"));
  }
}
