package cn.dlm.material;

import java.util.List;

/**
 * An area heading (检视方面) among the problems: "(一)理论学习方面。" before the text of the same
 * paragraph, "（一）思想政治方面" alone on its line, a long sentence ending in "方面。" alone on its line
 * (or, when it starts with 带头, before the text of its paragraph), a numbered heading with its text
 * after a comma ("（一）政治功能方面，存在……", "（四）带头……方面，对照检查存在以下差距：一是……") and a
 * group heading with a count ("一、学习研讨方面（6条）").
 * The heading ends at the first 方面 that closes it, so that "汲取正反两方面经验，……方面。" is one heading.
 *
 * @param area the heading without numbering, the word 方面 and punctuation ("理论学习")
 * @param rest what follows the heading in the same paragraph, possibly empty
 * @param count the number of items the heading announces ("（6条）"), -1 when it announces none
 */
record AreaHeading(String area, Line rest, int count) {

  private static final String AREA_WORD = "方面";
  private static final int MAX_HEADING = 200;
  /** A heading with its problem after a comma names the area only ("政治功能方面，"), unless it starts with 带头. */
  private static final int MAX_COMMA_HEADING = 20;
  /** Words that may follow 方面 in a heading: "理论学习方面存在的问题". */
  private static final List<String> SUFFIXES = List.of("存在的主要问题", "存在的问题", "存在问题", "存在的不足",
      "存在的差距", "的问题", "的不足", "的差距", "问题");
  private static final int MAX_SUFFIX = 12;
  private static final List<String> SUFFIX_ENDS = List.of("问题", "不足", "差距", "短板");
  private static final String HEADING_ENDS = "。.;:!?";
  /** A long heading before text in the same paragraph starts like the central wording. */
  private static final String INLINE_UNNUMBERED_START = "带头";
  /** An unnumbered short heading before its items in one paragraph: "在学习贯彻方面，……一是……". */
  private static final String UNNUMBERED_START = "在";
  /** "以下几个方面", "这方面", "各方面", "作风建设等方面": phrases about aspects, not headings of one. */
  private static final String COUNTING_ENDS = "个两几多各这那该此些等三四五六七八九十0123456789";
  private static final List<String> COUNTING_WORDS = List.of("以下", "如下", "下列", "下面");

  /** How the text after 方面 (and its suffix) closes the heading. */
  private enum Closing { LINE_END, SENTENCE_END, COMMA, NONE }

  static AreaHeading of(Line line) {
    Candidate candidate = candidate(line.folded());
    if (candidate == null || candidate.closing == Closing.NONE) {
      return null;
    }
    String folded = line.folded();
    boolean alone = candidate.restStart == folded.length();
    boolean isShort = candidate.word - candidate.start <= MAX_COMMA_HEADING;
    boolean central = folded.startsWith(INLINE_UNNUMBERED_START, candidate.start)
        || folded.startsWith(UNNUMBERED_START + INLINE_UNNUMBERED_START, candidate.start);
    boolean accepted = switch (candidate.closing) {
      case LINE_END, SENTENCE_END -> candidate.numbered || alone || central
          || (isShort && itemsFollow(folded, candidate));
      case COMMA -> candidate.commaAllowed ? isShort || central
          : !candidate.numbered && (isShort || central) && itemsFollow(folded, candidate);
      case NONE -> false;
    };
    if (!accepted) {
      return null;
    }
    String area = stripTrailingPunctuation(line.text().substring(candidate.start, candidate.word).strip());
    return area.isEmpty() ? null : new AreaHeading(area, line.from(candidate.restStart), candidate.count);
  }

  /**
   * Whether the line reads like an area heading — one sentence ending in 方面 (with a suffix or a
   * count) at the end of its line — whether or not {@link #of} accepted it; for the warning about
   * heading-like lines read as text.
   */
  static boolean looksLikeOne(Line line) {
    String folded = line.folded();
    ItemMarker marker = ItemMarker.atStart(folded);
    int start = marker != null ? marker.end() : SectionHeading.numberingEnd(folded);
    int word = folded.lastIndexOf(AREA_WORD);
    if (word <= start || isCounting(folded, start, word)) {
      return false;
    }
    for (int i = start; i < word; i++) {
      if (folded.charAt(i) != ';' && HEADING_ENDS.indexOf(folded.charAt(i)) >= 0) {
        return false;
      }
    }
    int end = afterSuffix(folded, word + AREA_WORD.length());
    return closingEnd(folded, countEnd(folded, end)) == folded.length();
  }

  /**
   * Whether an unnumbered heading is followed in its paragraph by "一是" items, as in
   * "在学习贯彻方面，班子存在三个问题：一是……": then it is a heading, not a sentence of a problem.
   */
  private static boolean itemsFollow(String folded, Candidate candidate) {
    return folded.startsWith(UNNUMBERED_START, candidate.start)
        && ItemMarker.ordinals(folded.substring(candidate.restStart)).stream().anyMatch(marker -> marker.value() == 1);
  }

  private static Candidate candidate(String folded) {
    ItemMarker marker = ItemMarker.atStart(folded);
    int start;
    if (marker != null) {
      if (marker.kind().inline() || marker.kind() == ItemMarker.Kind.LABELED) {
        return null;
      }
      start = marker.end();
    } else {
      start = SectionHeading.numberingEnd(folded);
    }
    boolean numbered = start > 0;
    boolean commaAllowed = numbered && (marker == null || marker.kind() == ItemMarker.Kind.BLOCK);
    int limit = Math.min(folded.length() - 1, start + MAX_HEADING);
    boolean pastSemicolon = false;
    for (int i = start; i < limit; i++) {
      char c = folded.charAt(i);
      if (c == ';') {
        pastSemicolon = true;
        continue;
      }
      if (HEADING_ENDS.indexOf(c) >= 0) {
        return null;
      }
      if (!folded.startsWith(AREA_WORD, i) || i == start || isCounting(folded, start, i)) {
        continue;
      }
      Candidate candidate = closing(folded, start, i, numbered, commaAllowed);
      if (candidate.closing != Closing.NONE) {
        return closesAfterSemicolon(candidate, pastSemicolon) ? candidate : null;
      }
    }
    return null;
  }

  /**
   * A heading may hold semicolons ("带头……做到“两个维护”；带头……方面") when it stands alone on its
   * line or is numbered and closed by a sentence mark; without a semicolon any closing will do.
   */
  private static boolean closesAfterSemicolon(Candidate candidate, boolean pastSemicolon) {
    return !pastSemicolon || candidate.closing == Closing.LINE_END
        || (candidate.closing == Closing.SENTENCE_END && candidate.numbered);
  }

  private static Candidate closing(String folded, int start, int word, boolean numbered, boolean commaAllowed) {
    int end = afterSuffix(folded, word + AREA_WORD.length());
    int count = -1;
    int countEnd = countEnd(folded, end);
    if (countEnd > end) {
      count = countValue(folded, end, countEnd);
      end = countEnd;
    }
    Closing closing;
    int restStart = closingEnd(folded, end);
    if (restStart == folded.length() && restStart == end) {
      closing = Closing.LINE_END;
    } else if (restStart > end || count >= 0 || startsWithOrdinal(folded, end)) {
      closing = restStart == folded.length() ? Closing.LINE_END : Closing.SENTENCE_END;
    } else if (folded.charAt(end) == ',') {
      closing = Closing.COMMA;
      restStart = end + 1;
      while (restStart < folded.length() && folded.charAt(restStart) == ' ') {
        restStart++;
      }
    } else {
      closing = Closing.NONE;
    }
    return new Candidate(start, word, restStart, count, numbered, commaAllowed, closing);
  }

  /**
   * Index after a suffix such as "存在的问题" or "还存在的不足和差距：" (a short phrase starting with 存在,
   * 还存在 or 的 and ending in 问题, 不足, 差距 or 短板, then a colon or the end of the line: a summary
   * such as "本人在这方面还存在一些差距。" is a sentence, not a heading), else {@code index}.
   */
  private static int afterSuffix(String folded, int index) {
    for (String suffix : SUFFIXES) {
      if (folded.startsWith(suffix, index)) {
        return index + suffix.length();
      }
    }
    if (!folded.startsWith("存在", index) && !folded.startsWith("还存在", index) && !folded.startsWith("的", index)) {
      return index;
    }
    int end = index;
    while (end < folded.length() && end - index < MAX_SUFFIX && (HEADING_ENDS + ",( ").indexOf(folded.charAt(end)) < 0) {
      end++;
    }
    boolean closed = end == folded.length() || folded.charAt(end) == ':';
    for (String word : SUFFIX_ENDS) {
      if (closed && end - word.length() > index && folded.startsWith(word, end - word.length())) {
        return end;
      }
    }
    return index;
  }

  /** Index after the sentence-end marks and spaces that follow {@code index}. */
  private static int closingEnd(String folded, int index) {
    int end = index;
    while (end < folded.length() && (HEADING_ENDS.indexOf(folded.charAt(end)) >= 0 || folded.charAt(end) == ' ')) {
      end++;
    }
    return end;
  }

  /** Index after a count "(6条)", "(共6项)", "(6个问题)", "(6)" at {@code index}, or {@code index} when there is none. */
  private static int countEnd(String folded, int index) {
    if (index >= folded.length() || folded.charAt(index) != '(') {
      return index;
    }
    int i = index + 1;
    if (i < folded.length() && folded.charAt(i) == '共') {
      i++;
    }
    int digits = i;
    while (i < folded.length() && i - digits < 3 && Character.isDigit(folded.charAt(i))) {
      i++;
    }
    if (i == digits || i >= folded.length()) {
      return index;
    }
    if ("条项个".indexOf(folded.charAt(i)) >= 0) {
      i++;
      if (folded.startsWith("问题", i)) {
        i += 2;
      }
    }
    return i < folded.length() && folded.charAt(i) == ')' ? i + 1 : index;
  }

  private static int countValue(String folded, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      if (Character.isDigit(folded.charAt(i))) {
        value = value * 10 + Character.digit(folded.charAt(i), 10);
      }
    }
    return value;
  }

  /** Whether {@code folded[start, word)}, the words before 方面, count aspects rather than name one. */
  private static boolean isCounting(String folded, int start, int word) {
    if (word == start) {
      return false;
    }
    char last = folded.charAt(word - 1);
    boolean oneAspect = last == '一' && (word - 1 == start || folded.charAt(word - 2) == '另');
    if (oneAspect || COUNTING_ENDS.indexOf(last) >= 0) {
      return true;
    }
    for (int at = Math.max(start, word - MAX_HEADING); at < word; at++) {
      for (String counting : COUNTING_WORDS) {
        if (folded.startsWith(counting, at)) {
          return true;
        }
      }
    }
    return false;
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

  private record Candidate(int start, int word, int restStart, int count, boolean numbered, boolean commaAllowed,
      Closing closing) {}
}
