package cn.dlm.material;

import cn.dlm.material.ItemSplitter.WithoutMarkers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads a self-examination material (对照检查材料) as members write it and returns its structure:
 * problems by area, root causes and measures. Tolerant by design: whatever the input, it returns a
 * (possibly empty) structure in time linear in the length of the text.
 */
@Component
public class MaterialParser {

  private final AreaSuggester areaSuggester = new AreaSuggester();

  public ParsedMaterial parse(String text) {
    return parse(text, List.of());
  }

  /** Parses and suggests for each problem the closest of the cycle's configured areas. */
  public ParsedMaterial parse(String text, List<String> configuredAreas) {
    if (text == null || text.isBlank()) {
      return ParsedMaterial.empty();
    }
    List<Part> parts = parts(MaterialLines.of(text));
    List<Problem> problems = new ArrayList<>();
    List<MaterialItem> causes = new ArrayList<>();
    List<MaterialItem> measures = new ArrayList<>();
    boolean structured = parts.stream().anyMatch(part -> part.section() != Section.PREAMBLE);
    boolean problemsHaveAreas = parts.stream().anyMatch(part -> part.area() != null);
    for (Part part : parts) {
      switch (part.section()) {
        case PROBLEMS -> {
          WithoutMarkers rule = part.area() != null ? WithoutMarkers.ONE_ITEM
              : problemsHaveAreas ? WithoutMarkers.NOTHING : WithoutMarkers.EACH_PARAGRAPH;
          items(part, rule).forEach(item -> problems.add(new Problem(part.area(), item.title(), item.text(), null)));
        }
        case CAUSES -> causes.addAll(items(part, WithoutMarkers.EACH_PARAGRAPH));
        case MEASURES -> measures.addAll(items(part, WithoutMarkers.EACH_PARAGRAPH));
        case PREAMBLE -> {
          if (!structured) {
            items(part, WithoutMarkers.NOTHING)
                .forEach(item -> problems.add(new Problem(null, item.title(), item.text(), null)));
          }
        }
        case OTHER -> { }
      }
    }
    return new ParsedMaterial(areaSuggester.suggest(problems, configuredAreas), causes, measures);
  }

  private static List<MaterialItem> items(Part part, WithoutMarkers rule) {
    return ItemSplitter.split(part.lines(), rule).stream()
        .map(text -> new MaterialItem(Sentences.first(text), text))
        .toList();
  }

  /** Groups the lines by the part (and, among the problems, the area heading) they belong to. */
  private static List<Part> parts(List<Line> lines) {
    List<Part> parts = new ArrayList<>();
    Part current = new Part(Section.PREAMBLE, null, new ArrayList<>());
    parts.add(current);
    for (Line line : lines) {
      Section heading = SectionHeading.of(line, current.section());
      if (heading != null) {
        current = new Part(heading, null, new ArrayList<>());
        parts.add(current);
        continue;
      }
      if (current.section() == Section.PROBLEMS || current.section() == Section.PREAMBLE) {
        AreaHeading area = AreaHeading.of(line);
        if (area != null) {
          current = new Part(Section.PROBLEMS, area.area(), new ArrayList<>());
          parts.add(current);
          line = area.rest();
        }
      }
      current.lines().add(line);
    }
    return parts;
  }

  private record Part(Section section, String area, List<Line> lines) {}
}
