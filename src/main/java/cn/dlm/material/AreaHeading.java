package cn.dlm.material;

import java.util.List;

/**
 * An area heading (检视方面) among the problems: "(一)理论学习方面。" before the text of the same
 * paragraph, "（一）思想政治方面" alone on its line, or a long sentence ending in "方面。" alone on its line.
 *
 * @param area the heading without numbering, the word 方面 and punctuation ("理论学习")
 * @param rest what follows the heading in the same paragraph, possibly empty
 */
record AreaHeading(String area, Line rest) {

  private static final String AREA_WORD = "方面";
  private static final int MAX_HEADING = 100;
  /** Words that may follow 方面 in a heading: "理论学习方面存在的问题". */
  private static final List<String> SUFFIXES = List.of("存在的主要问题", "存在的问题", "存在问题", "的问题", "问题");
  private static final String HEADING_ENDS = "。.;:!?";

  static AreaHeading of(Line line) {
    String folded = line.folded();
    int start = numberingEnd(folded);
    if (start < 0) {
      return null;
    }
    boolean numbered = start > 0;
    int word = folded.substring(start, Math.min(folded.length(), start + MAX_HEADING + AREA_WORD.length()))
        .indexOf(AREA_WORD);
    if (word < 0) {
      return null;
    }
    word += start;
    for (int i = start; i < word; i++) {
      if (HEADING_ENDS.indexOf(folded.charAt(i)) >= 0) {
        return null;
      }
    }
    int end = word + AREA_WORD.length();
    for (String suffix : SUFFIXES) {
      if (folded.startsWith(suffix, end)) {
        end += suffix.length();
        break;
      }
    }
    int restStart = end;
    while (restStart < folded.length() && (HEADING_ENDS.indexOf(folded.charAt(restStart)) >= 0
        || folded.charAt(restStart) == ' ')) {
      restStart++;
    }
    boolean closesSentence = restStart > end || end == folded.length() || startsWithOrdinal(folded, end);
    boolean alone = restStart == folded.length();
    if (!closesSentence || (!numbered && !alone)) {
      return null;
    }
    String area = line.text().substring(start, word).strip();
    area = stripTrailingPunctuation(area);
    return area.isEmpty() ? null : new AreaHeading(area, line.from(restStart));
  }

  /**
   * Index after the heading's numbering ("(一)", "一、", "1."), 0 when it has none, -1 when the line
   * is an item ("一是…") rather than a heading.
   */
  private static int numberingEnd(String folded) {
    ItemMarker marker = ItemMarker.atStart(folded);
    if (marker != null) {
      return marker.kind() == ItemMarker.Kind.ORDINAL ? -1 : marker.end();
    }
    return SectionHeading.numberingEnd(folded);
  }

  private static boolean startsWithOrdinal(String folded, int index) {
    int numeralEnd = ChineseNumerals.runEnd(folded, index);
    return numeralEnd > index && numeralEnd < folded.length() && folded.charAt(numeralEnd) == '是';
  }

  private static String stripTrailingPunctuation(String area) {
    int end = area.length();
    while (end > 0 && ",，、 ".indexOf(area.charAt(end - 1)) >= 0) {
      end--;
    }
    return area.substring(0, end);
  }
}
