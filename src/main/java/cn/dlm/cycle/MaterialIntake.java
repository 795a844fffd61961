package cn.dlm.cycle;

import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.platform.form.InvalidSubmission;
import static cn.dlm.platform.form.FormInput.cell;
import static cn.dlm.platform.form.JsonValues.json;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Self-examination material (对照检查材料), team or personal. Writing it: the whole text, pasted
 * from Word, is parsed into problems by area (存在的问题), root causes (原因剖析) and measures (整改措施).
 * Checking it: the author's corrected structure must hold at least one problem and one measure.
 */
@Component("materialIntake")
public class MaterialIntake extends FormCheck {

  public static final int MAX_TEXT = 1_000_000;

  private final MaterialStructure structure;

  public MaterialIntake(MaterialStructure structure) {
    this.structure = structure;
  }

  @Override
  protected void check(FormInput input, DelegateExecution execution) {
    if (execution.getCurrentActivityId().startsWith("Task_Check")) {
      checkStructure(execution);
    } else {
      parseText(execution);
    }
  }

  private void parseText(DelegateExecution execution) {
    String text = FormInput.of(execution).text("materialText", "材料全文", MAX_TEXT, true);
    MaterialStructure.Parsed parsed = structure.parse(text, FormInput.of(execution).strings("areas"));
    execution.setVariable("problems", json(parsed.problems()));
    execution.setVariable("causes", json(parsed.causes()));
    execution.setVariable("measures", json(parsed.measures()));
    execution.setVariable("materialWarnings", json(parsed.warnings()));
  }

  private static void checkStructure(DelegateExecution execution) {
    List<Map<String, Object>> problems = FormInput.of(execution).rows("problems", "存在的问题");
    List<Map<String, Object>> causes = FormInput.of(execution).rows("causes", "原因剖析");
    List<Map<String, Object>> measures = FormInput.of(execution).rows("measures", "整改措施");
    if (problems.isEmpty()) {
      throw new InvalidSubmission("请至少列出一个存在的问题。");
    }
    if (measures.isEmpty()) {
      throw new InvalidSubmission("请至少列出一条整改措施。");
    }
    requireTitles(problems, "存在的问题");
    requireTitles(causes, "原因剖析");
    requireTitles(measures, "整改措施");
  }

  private static void requireTitles(List<Map<String, Object>> rows, String label) {
    int row = 0;
    for (Map<String, Object> item : rows) {
      row++;
      if (cell(item, "title").isEmpty()) {
        throw new InvalidSubmission(label + "第 " + row + " 条：请填写概述。");
      }
      FormInput.bounded(cell(item, "title"), label + "概述", 500);
      FormInput.bounded(cell(item, "text"), label + "内容", FormInput.LONG_TEXT);
      FormInput.bounded(cell(item, "area"), "检视方面", FormInput.SHORT_TEXT);
    }
  }
}
