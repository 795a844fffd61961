package cn.dlm.material;

import java.util.List;

/**
 * The labels that follow a problem of a problem–cause(–measure) list ("问题1：……" then "成因：……"
 * and "整改措施：……"): each opens the cause or the measure of that problem.
 *
 * @param section {@link Section#CAUSES} or {@link Section#MEASURES}
 * @param rest the text after the label and its colon
 */
record PairLabel(Section section, Line rest) {

  private static final List<String> CAUSE_LABELS = List.of("成因", "原因分析", "原因剖析", "原因", "问题成因", "产生原因",
      "根源剖析", "根源分析", "根源");
  private static final List<String> MEASURE_LABELS = List.of("整改措施", "改进措施", "措施", "整改方向", "努力方向",
      "整改目标及措施");

  /** The label at the start of the line, or {@code null} when the line does not start with one. */
  static PairLabel of(Line line) {
    Line cause = rest(line, CAUSE_LABELS);
    if (cause != null) {
      return new PairLabel(Section.CAUSES, cause);
    }
    Line measure = rest(line, MEASURE_LABELS);
    return measure == null ? null : new PairLabel(Section.MEASURES, measure);
  }

  private static Line rest(Line line, List<String> labels) {
    String folded = line.folded();
    for (String label : labels) {
      if (folded.startsWith(label) && folded.length() > label.length() && folded.charAt(label.length()) == ':') {
        int start = label.length() + 1;
        while (start < folded.length() && folded.charAt(start) == ' ') {
          start++;
        }
        return line.from(start);
      }
    }
    return null;
  }
}
