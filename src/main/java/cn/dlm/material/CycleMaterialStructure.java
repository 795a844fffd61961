package cn.dlm.material;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The parser as the cycle's writing and checking tasks use it ({@code materialIntake}): the rows
 * pre-fill the check form, where the author corrects them. A problem's {@code area} is its area
 * heading or, in a material without headings, the suggested configured area, so that the form
 * shows an area to confirm; {@code suggestedArea} is kept beside it. The warnings' messages are
 * shown at the top of the check form.
 */
@Component
class CycleMaterialStructure implements MaterialStructure {

  private final MaterialParser parser;

  CycleMaterialStructure(MaterialParser parser) {
    this.parser = parser;
  }

  @Override
  public Parsed parse(String text, List<String> areas) {
    ParsedMaterial material = parser.parse(text, areas == null ? List.of() : areas);
    return new Parsed(
        material.problems().stream().map(CycleMaterialStructure::row).toList(),
        material.causes().stream().map(CycleMaterialStructure::row).toList(),
        material.measures().stream().map(CycleMaterialStructure::row).toList(),
        material.warnings().stream().map(MaterialWarning::message).toList());
  }

  private static Map<String, Object> row(Problem problem) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("area", problem.area() != null ? problem.area() : problem.suggestedArea());
    row.put("title", problem.title());
    row.put("text", problem.text());
    row.put("suggestedArea", problem.suggestedArea());
    return row;
  }

  private static Map<String, Object> row(MaterialItem item) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("title", item.title());
    row.put("text", item.text());
    return row;
  }
}
