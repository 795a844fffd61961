package cn.dlm.material;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The structure of a self-examination material (对照检查材料): problems by area (存在的问题),
 * root causes (原因剖析) and rectification measures (整改措施), with the parser's warnings about
 * what it may have read wrongly.
 */
public record ParsedMaterial(List<Problem> problems, List<MaterialItem> causes, List<MaterialItem> measures,
    List<MaterialWarning> warnings) {

  public ParsedMaterial {
    problems = List.copyOf(problems);
    causes = List.copyOf(causes);
    measures = List.copyOf(measures);
    warnings = List.copyOf(warnings);
  }

  public static ParsedMaterial empty() {
    return new ParsedMaterial(List.of(), List.of(), List.of(), List.of());
  }

  @JsonIgnore
  public boolean isEmpty() {
    return problems.isEmpty() && causes.isEmpty() && measures.isEmpty();
  }
}
