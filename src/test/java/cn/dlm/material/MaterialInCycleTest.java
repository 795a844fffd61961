package cn.dlm.material;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.cycle.CycleContract;
import cn.dlm.cycle.CycleDriver;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The parser inside the cycle: what the author pastes when writing the material comes back, parsed,
 * in the form where the author checks it (the same context as {@link MaterialApiTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class MaterialInCycleTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
  private static final LocalDate MEETING = LocalDate.of(2026, 12, 15);

  @Autowired
  private ProcessEngine engine;
  private CycleDriver cycle;

  @BeforeEach
  void startCycle() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(10, 0).atZone(SHANGHAI).toInstant()));
    cycle = new CycleDriver(engine, TODAY);
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CycleContract.PROCESS_KEY).list()
        .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test"));
    engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(CycleContract.PROCESS_KEY)
        .list().forEach(pi -> engine.getHistoryService().deleteHistoricProcessInstanceIfExists(pi.getId()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void teamMaterialPastedByTheSecretaryIsParsedForHimToCheck() {
    ProcessInstance pi = cycleAtTheMaterials();

    cycle.complete(cycle.task(pi, "Task_DraftTeamMaterial"), Map.of("materialText", """
        某县人民政府党组2026年度民主生活会对照检查材料
        一、存在的主要问题
        （一）思想政治方面
        对创新理论学得不够系统。
        (二)工作作风方面。一是调查研究不够深入。二是文风会风有待改进。
        二、原因剖析
        1.理想信念有所松懈。
        三、整改措施
        （一）加强理论武装。一是制定学习计划。二是按期研讨。
        """));

    Task check = cycle.task(pi, "Task_CheckTeamMaterial");
    assertThat(rows(check, "problems")).containsExactly(
        List.of("思想政治", "对创新理论学得不够系统", "政治素质"),
        List.of("工作作风", "调查研究不够深入", "工作作风"),
        List.of("工作作风", "文风会风有待改进", "工作作风"));
    assertThat(titles(check, "causes")).containsExactly("理想信念有所松懈");
    assertThat(titles(check, "measures")).containsExactly("加强理论武装");
    assertThat(warnings(check)).isEmpty();
  }

  @Test
  void memberMaterialWithoutAreaHeadingsGetsTheSuggestedAreasToConfirm() {
    ProcessInstance pi = cycleAtTheMaterials();
    ProcessInstance lihuaMaterial = cycle.memberMaterials(pi).stream()
        .filter(m -> "lihua".equals(engine.getRuntimeService().getVariable(m.getId(), "member")))
        .findFirst().orElseThrow();

    cycle.complete(cycle.memberTask(lihuaMaterial, "Task_WriteMaterial"), Map.of("materialText", """
        一、存在问题
        1.廉洁意识有所弱化。
        2.学习深度不够。
        二、原因分析
        1.理想信念有所松懈。
        三、整改措施
        1.加强理论学习。
        """));

    Task check = cycle.memberTask(lihuaMaterial, "Task_CheckMaterial");
    assertThat(rows(check, "problems")).containsExactly(
        List.of("廉洁自律", "廉洁意识有所弱化", "廉洁自律"),
        List.of("理论学习", "学习深度不够", "理论学习"));
    assertThat(warnings(check)).containsExactly("没有识别出检视方面的标题（如“（一）理论学习方面”）：请为每个问题核对或填写检视方面。");
  }

  private ProcessInstance cycleAtTheMaterials() {
    ProcessInstance pi = cycle.start(cycle.startForm(2026, MEETING));
    cycle.recordStudy(pi);
    cycle.collectOpinions(pi);
    cycle.acknowledgeOpinions(pi);
    return pi;
  }

  /** Each row as [area, title, suggestedArea]. */
  private List<List<String>> rows(Task task, String variable) {
    SpinJsonNode rows = (SpinJsonNode) engine.getTaskService().getVariable(task.getId(), variable);
    return rows.elements().stream()
        .map(row -> List.of(row.prop("area").stringValue(), row.prop("title").stringValue(),
            row.prop("suggestedArea").stringValue()))
        .toList();
  }

  /** The parser's warnings as the check form shows them. */
  private List<String> warnings(Task task) {
    SpinJsonNode warnings = (SpinJsonNode) engine.getTaskService().getVariable(task.getId(), "materialWarnings");
    return warnings.elements().stream().map(SpinJsonNode::stringValue).toList();
  }

  private List<String> titles(Task task, String variable) {
    SpinJsonNode rows = (SpinJsonNode) engine.getTaskService().getVariable(task.getId(), variable);
    return rows.elements().stream().map(row -> row.prop("title").stringValue()).toList();
  }
}
