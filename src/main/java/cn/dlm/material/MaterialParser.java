package cn.dlm.material;

import cn.dlm.material.ItemSplitter.WithoutMarkers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads a self-examination material (对照检查材料) as members write it and returns its structure:
 * problems by area, root causes and measures, with warnings where the reading may be wrong. Tolerant
 * by design: whatever the input, it returns a (possibly empty) structure in time linear in the
 * length of the text. The layouts it reads are listed in docs/material-parser.md.
 */
@Component
class MaterialParser {

  private final AreaSuggester areaSuggester = new AreaSuggester();

  public ParsedMaterial parse(String text) {
    return parse(text, List.of());
  }

  /** Parses and suggests for each problem the closest of the cycle's configured areas. */
  public ParsedMaterial parse(String text, List<String> configuredAreas) {
    if (text == null || text.isBlank()) {
      return ParsedMaterial.empty();
    }
    Warnings lineWarnings = new Warnings();
    List<Part> parts = parts(MaterialLines.of(text), lineWarnings);
    List<Problem> problems = new ArrayList<>();
    List<MaterialItem> causes = new ArrayList<>();
    List<MaterialItem> measures = new ArrayList<>();
    boolean structured = parts.stream().anyMatch(part -> part.section() != Section.PREAMBLE);
    boolean problemsHaveAreas = parts.stream().anyMatch(part -> part.group() != null);
    for (Part part : parts) {
      switch (part.section()) {
        case PROBLEMS -> {
          WithoutMarkers rule = part.group() != null ? WithoutMarkers.ONE_ITEM
              : problemsHaveAreas ? WithoutMarkers.NOTHING : WithoutMarkers.EACH_PARAGRAPH;
          List<MaterialItem> items = items(part, rule);
          items.forEach(item -> problems.add(new Problem(part.area(), item.title(), item.text(), null)));
          if (part.group() != null) {
            part.group().found += items.size();
          }
        }
        case CAUSES -> causes.addAll(items(part, part.paired() ? WithoutMarkers.ONE_ITEM
            : WithoutMarkers.EACH_PARAGRAPH));
        case MEASURES -> measures.addAll(items(part, part.paired() ? WithoutMarkers.ONE_ITEM
            : WithoutMarkers.EACH_PARAGRAPH));
        case PREAMBLE -> {
          if (!structured) {
            items(part, WithoutMarkers.NOTHING)
                .forEach(item -> problems.add(new Problem(null, item.title(), item.text(), null)));
          }
        }
        case OTHER -> { }
      }
    }
    Warnings warnings = new Warnings();
    if (problems.isEmpty()) {
      warnings.noProblems();
    } else if (!problemsHaveAreas) {
      warnings.noArea();
    }
    parts.stream().map(Part::group).distinct()
        .filter(group -> group != null && group.declared >= 0 && group.declared != group.found)
        .forEach(group -> warnings.countMismatch(group.area, group.declared, group.found));
    warnings.addAll(lineWarnings);
    warnings.longItems("存在的问题", problems.stream().map(Problem::title).toList(),
        problems.stream().map(Problem::text).toList());
    warnings.longItems("原因剖析", causes.stream().map(MaterialItem::title).toList(),
        causes.stream().map(MaterialItem::text).toList());
    warnings.longItems("整改措施", measures.stream().map(MaterialItem::title).toList(),
        measures.stream().map(MaterialItem::text).toList());
    return new ParsedMaterial(areaSuggester.suggest(problems, configuredAreas), causes, measures, warnings.list());
  }

  private static List<MaterialItem> items(Part part, WithoutMarkers rule) {
    return ItemSplitter.split(part.lines(), rule).stream()
        .map(text -> new MaterialItem(Sentences.title(text), text))
        .toList();
  }

  /**
   * Groups the lines by the part (and, among the problems, the area heading) they belong to. In a
   * problem–cause(–measure) list ("问题1：……", "成因：……", "整改措施：……") each cause and each
   * measure is a part of its own.
   */
  private static List<Part> parts(List<Line> lines, Warnings warnings) {
    List<Part> parts = new ArrayList<>();
    Part current = new Part(Section.PREAMBLE, null, false, new ArrayList<>());
    parts.add(current);
    AreaGroup group = null;
    boolean pairs = false;
    for (Line line : lines) {
      Section heading = SectionHeading.of(line, current.section());
      if (heading != null) {
        current = add(parts, new Part(heading, null, false, new ArrayList<>()));
        group = null;
        pairs = false;
        continue;
      }
      boolean amongProblems = current.section() == Section.PROBLEMS || current.section() == Section.PREAMBLE
          || current.paired();
      ItemMarker marker = ItemMarker.atStart(line.folded());
      if (amongProblems && marker != null && marker.kind() == ItemMarker.Kind.LABELED) {
        if (current.section() != Section.PROBLEMS) {
          current = add(parts, new Part(Section.PROBLEMS, group, false, new ArrayList<>()));
        }
        pairs = true;
        current.lines().add(line);
        continue;
      }
      PairLabel label = pairs && amongProblems ? PairLabel.of(line) : null;
      if (label != null) {
        current = add(parts, new Part(label.section(), null, true, new ArrayList<>()));
        current.lines().add(label.rest());
        continue;
      }
      SectionHeading.WithText withText = SectionHeading.withText(line, current.section());
      if (withText != null) {
        current = add(parts, new Part(withText.section(), null, false, new ArrayList<>()));
        group = null;
        pairs = false;
        current.lines().add(withText.rest());
        continue;
      }
      if (amongProblems) {
        AreaHeading area = AreaHeading.of(line);
        if (area != null) {
          group = new AreaGroup(area.area(), area.count());
          current = add(parts, new Part(Section.PROBLEMS, group, false, new ArrayList<>()));
          current.lines().add(area.rest());
          continue;
        }
      }
      warnIfHeadingLike(line, marker, amongProblems, current.section(), warnings);
      current.lines().add(line);
    }
    return parts;
  }

  private static void warnIfHeadingLike(Line line, ItemMarker marker, boolean amongProblems, Section section,
      Warnings warnings) {
    if (section == Section.OTHER || (marker != null && marker.kind().inline())) {
      return;
    }
    if (amongProblems && AreaHeading.looksLikeOne(line)) {
      warnings.headingAsText(line, true);
    } else if (marker == null) {
      Section heading = SectionHeading.ignoringOrder(line);
      if (heading != null && heading.compareTo(section) < 0) {
        warnings.headingAsText(line, false);
      }
    }
  }

  private static Part add(List<Part> parts, Part part) {
    parts.add(part);
    return part;
  }

  /**
   * A run of lines of one part; among the problems, of one area heading's group; {@code paired} for
   * the cause or measure of one problem in a problem–cause list, which is one item whatever its
   * paragraphs.
   */
  private record Part(Section section, AreaGroup group, boolean paired, List<Line> lines) {
    String area() {
      return group == null ? null : group.area;
    }
  }

  /** The problems under one area heading, and how many the heading announced (-1: no count). */
  private static final class AreaGroup {
    final String area;
    final int declared;
    int found;

    AreaGroup(String area, int declared) {
      this.area = area;
      this.declared = declared;
    }
  }
}
