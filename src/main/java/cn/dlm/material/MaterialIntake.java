package cn.dlm.material;

import static cn.dlm.platform.form.FormInput.cell;
import static cn.dlm.platform.form.JsonValues.json;

import cn.dlm.platform.engine.ModelProperties;
import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.platform.form.MarkdownText;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  /** The models' property telling the task that takes the whole text ({@code write}) from its check ({@code check}). */
  static final String MATERIAL_STEP = "materialStep";
  static final String CHECK_STEP = "check";

  private final MaterialStructure structure;

  public MaterialIntake(MaterialStructure structure) {
    this.structure = structure;
  }

  @Override
  protected void check(FormInput input, DelegateExecution execution) {
    if (CHECK_STEP.equals(ModelProperties.required(execution, MATERIAL_STEP))) {
      checkStructure(execution);
    } else {
      parseText(execution);
    }
  }

  /**
   * Parses the whole text into the rows the check form starts from. After a rejection the author sends a revised
   * text: a part whose text did not change keeps the row as the author last corrected it (or stays removed if the
   * author removed it), changed parts are parsed afresh, and rows the author added stay at the end. Each parsed row
   * carries a reference ({@code ref}, 原文条目) to its part of the text; {@code materialSources} keeps each
   * reference's text for the next round.
   */
  private void parseText(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    String text = input.text(MaterialContract.MATERIAL_TEXT, "材料全文", MAX_TEXT, true);
    MaterialStructure.Parsed parsed = structure.parse(text, input.strings(MaterialContract.AREAS));
    DelegateExecution material = execution.getProcessInstance();
    JsonNode sources = JsonValues.tree(material.getVariable(MaterialContract.MATERIAL_SOURCES));
    Map<String, Map<String, String>> newSources = new LinkedHashMap<>();
    material.setVariable(MaterialContract.MATERIAL_TEXT, input.raw(MaterialContract.MATERIAL_TEXT) instanceof String submitted ? submitted : text);
    material.setVariable(MaterialContract.PROBLEMS, json(revised(parsed.problems(), "problems", material, sources, newSources)));
    material.setVariable(MaterialContract.CAUSES, json(revised(parsed.causes(), "causes", material, sources, newSources)));
    material.setVariable(MaterialContract.MEASURES, json(revised(parsed.measures(), "measures", material, sources, newSources)));
    material.setVariable(MaterialContract.MATERIAL_SOURCES, json(newSources));
    // Shown by a text component of the check form, which renders Markdown: the warnings quote the author's text.
    material.setVariable(MaterialContract.MATERIAL_WARNINGS, json(parsed.warnings().stream().map(MarkdownText::escape).toList()));
  }

  private static List<Map<String, Object>> revised(List<Map<String, Object>> parsed, String list,
      DelegateExecution material, JsonNode sources, Map<String, Map<String, String>> newSources) {
    Map<String, String> lastRefBySource = new HashMap<>();
    sources.path(list).fields().forEachRemaining(entry -> lastRefBySource.putIfAbsent(entry.getValue().asText(), entry.getKey()));
    List<Map<String, Object>> corrected = FormInput.rows(material.getVariable(list), list);
    Map<String, Map<String, Object>> correctedByRef = new HashMap<>();
    List<Map<String, Object>> added = new ArrayList<>();
    for (Map<String, Object> row : corrected) {
      String ref = cell(row, "ref");
      if (ref.isEmpty()) {
        added.add(row);
      } else {
        correctedByRef.putIfAbsent(ref, row);
      }
    }
    Map<String, String> listSources = new LinkedHashMap<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    int number = 0;
    for (Map<String, Object> row : parsed) {
      String ref = "原文第" + ++number + "条";
      String source = cell(row, "text");
      listSources.put(ref, source);
      String lastRef = lastRefBySource.get(source);
      if (lastRef == null) {
        row.put("ref", ref);
        rows.add(row);
      } else if (correctedByRef.containsKey(lastRef)) {
        Map<String, Object> kept = new LinkedHashMap<>(correctedByRef.get(lastRef));
        kept.put("ref", ref);
        rows.add(kept);
      }
    }
    rows.addAll(added);
    newSources.put(list, listSources);
    return rows;
  }

  /** The author's corrected structure: at least one problem and one measure, every row with a title. */
  private static void checkStructure(DelegateExecution execution) {
    List<Map<String, Object>> problems = FormInput.of(execution).rows(MaterialContract.PROBLEMS, "存在的问题");
    List<Map<String, Object>> causes = FormInput.of(execution).rows(MaterialContract.CAUSES, "原因剖析");
    List<Map<String, Object>> measures = FormInput.of(execution).rows(MaterialContract.MEASURES, "整改措施");
    if (problems.isEmpty()) {
      throw new InvalidSubmission("请至少列出一个存在的问题。");
    }
    if (measures.isEmpty()) {
      throw new InvalidSubmission("请至少列出一条整改措施。");
    }
    requireTitles(problems, "存在的问题");
    requireTitles(causes, "原因剖析");
    requireTitles(measures, "整改措施");
    DelegateExecution material = execution.getProcessInstance();
    material.setVariable(MaterialContract.PROBLEMS, json(problems));
    material.setVariable(MaterialContract.CAUSES, json(causes));
    material.setVariable(MaterialContract.MEASURES, json(measures));
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
      FormInput.bounded(cell(item, "ref"), "原文条目", 20);
    }
  }
}
