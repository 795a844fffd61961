package cn.dlm.material;

import java.util.List;
import java.util.Random;

/** Inputs for the fuzz test and the benchmark: realistic, random and adversarial texts. */
final class MaterialInputs {

  /** A small material of the project's own, in the shape members write. */
  static final String FIXTURE = """
      关于2025年度民主生活会的对照检查材料
      根据要求，班子在深入学习、广泛征求意见、谈心谈话的基础上，对照检查如下：
      一、存在的主要问题
      (一)理论学习方面。一是学习的系统性还要强化。集中学习“读文件”多，交流研讨少。二是学用结合不够紧密。措施不够精准。
      （二）工作作风方面
      调查研究不够深入，到问题复杂的地方蹲点少。
      二、存在问题的根源分析
      问题是表象，根子在思想。主要表现在以下几个方面：
      1.理论学习不够深。学习的广度和深度还不够。
      2、宗旨意识有所淡化。
      三、今后努力方向和整改措施
      （一）强化理论武装。一是落实学习制度。二是开展专题研讨。
      （二）改进工作作风。##paidbegin##深入基层调研，解决实际问题。
      2025年12月20日
      """;

  /** Pieces that mean something to the parser, glued at random they make hostile texts. */
  private static final List<String> TOKENS = List.of(
      "一、", "二、存在的问题", "三、整改措施", "原因分析", "第二部分", "(一)", "（二）", "(", "（", ")", "方面", "方面。",
      "理论学习方面。", "存在的问题", "一是", "二是", "三是", "十一是", "是", "十", "一", "1.", "2、", "３．", "(1)", "①",
      "⑴", "##paidbegin##", "##paidend##", "##", "#", "。", "；", ";", "：", ".", "，", "\n", "\n\n", "\r\n", "\r",
      "\u2028", "\u000B", " ", "\u3000", "\t", "学习不够深入", "问题", "整改", "措施", "2023年12月20日", "5、6月份",
      "\uFEFF", "\u0000", "\uD800", "\uDC00", "😀", "“", "”", "A", "z", "第一，", "其二，", "问题1：", "问题：", "成因：",
      "整改措施：", "（3条）", "(共2个问题)", "**", "【", "】", "带头", "在", "主要表现在：", "以下", "个方面", "存在的不足和差距：");

  private MaterialInputs() {}

  static String tokenSoup(Random random, int length) {
    StringBuilder text = new StringBuilder(length + 32);
    while (text.length() < length) {
      int choice = random.nextInt(10);
      if (choice < 7) {
        text.append(TOKENS.get(random.nextInt(TOKENS.size())));
      } else if (choice < 9) {
        text.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
      } else {
        text.append((char) random.nextInt(0x10000));
      }
    }
    return text.toString();
  }

  static String randomCodeUnits(Random random, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = (char) random.nextInt(0x10000);
    }
    return new String(chars);
  }

  static String repeatToLength(String unit, int length) {
    StringBuilder text = new StringBuilder(length + unit.length());
    while (text.length() < length) {
      text.append(unit);
    }
    return text.toString();
  }

  /** Texts built to hit the parser's loops hardest, each about {@code length} characters long. */
  static List<Adversarial> adversarial(int length) {
    return List.of(
        new Adversarial("one line of inline ordinals", repeatToLength("。一是学习", length)),
        new Adversarial("ordinals that never continue", repeatToLength("。五是学习", length)),
        new Adversarial("numerals before 是", repeatToLength("十十十十十是", length)),
        new Adversarial("area headings on every line", repeatToLength("(一)理论学习方面。一是学习不够。\n", length)),
        new Adversarial("area word without closing", "一、存在问题\n" + repeatToLength("方面", length)),
        new Adversarial("open parentheses", repeatToLength("（", length)),
        new Adversarial("hashes", repeatToLength("#", length)),
        new Adversarial("unclosed markers", repeatToLength("##paidbegin", length)),
        new Adversarial("blank lines", repeatToLength("\n \r\n\u3000", length)),
        new Adversarial("numbered lines", "二、原因分析\n" + repeatToLength("1.原因。\n", length)),
        new Adversarial("section headings", repeatToLength("二、原因分析\n三、整改措施\n", length)),
        new Adversarial("one long sentence", "三、整改措施\n1." + repeatToLength("学习", length)),
        new Adversarial("fixture repeated", repeatToLength(FIXTURE, length)),
        new Adversarial("sequence words", repeatToLength("，第一，第十十，其二、第一时间", length)),
        new Adversarial("problem-cause labels", "一、存在问题\n" + repeatToLength("问题1：学习不够。\n成因：认识不足。\n整改措施：加强学习。\n", length)),
        new Adversarial("semicolons and area words on one line", "一、存在问题\n（一）" + repeatToLength("带头；方面", length)),
        new Adversarial("unnumbered headings with items", "一、存在问题\n" + repeatToLength("在学习方面，一是", length)),
        new Adversarial("counts after area words", "一、存在问题\n" + repeatToLength("学习方面（共12条）\n1.学,习\n", length)),
        new Adversarial("lead-in titles", "三、整改措施\n" + repeatToLength("一是主要表现在：加强学习。", length)));
  }

  record Adversarial(String name, String text) {}
}
