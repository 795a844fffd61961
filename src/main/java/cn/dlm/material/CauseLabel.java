package cn.dlm.material;

import java.util.List;

/** The label that opens the cause of a problem–cause pair: "成因：", "原因：", "原因分析："…. */
final class CauseLabel {

  private static final List<String> LABELS =
      List.of("成因", "原因分析", "原因剖析", "原因", "问题成因", "产生原因", "根源剖析", "根源分析", "根源");

  private CauseLabel() {}

  /** The text after the label and its colon, or {@code null} when the line does not start with one. */
  static Line rest(Line line) {
    String folded = line.folded();
    for (String label : LABELS) {
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
