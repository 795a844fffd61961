package cn.dlm.browser;

import java.util.List;

/**
 * A self-examination material of the test's own, in the usual layout (problems by area with
 * 一是/二是, numbered causes and measures) and at least 5,000 characters long: what a browser test
 * pastes where the shared sample materials are absent.
 */
final class LongMaterial {

  static final int MIN_LENGTH = 5_000;
  private static final List<String> AREAS = List.of("理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律");

  private LongMaterial() {
  }

  /** A material of the {@code whose} kind (班子 or 个人). */
  static String of(String whose) {
    StringBuilder text = new StringBuilder(whose).append("对照检查材料\n\n一、存在的问题\n");
    int round = 0;
    while (text.length() < MIN_LENGTH * 2 / 3) {
      round++;
      for (int i = 0; i < AREAS.size(); i++) {
        String area = AREAS.get(i);
        text.append("（").append(ChineseCount.of(i + 1)).append("）").append(area).append("方面。")
            .append("一是").append(area).append("上的要求落实得不够经常，第").append(round)
            .append("轮自查发现对照标准找差距的主动性不强，满足于完成规定动作，结合分管工作深入思考不多。")
            .append("二是").append(area).append("方面的制度执行还有薄弱环节，抓具体、抓深入不够，")
            .append("对基层反映的问题跟踪问效不及时，个别工作推进中存在等靠思想。\n");
      }
    }
    text.append("二、原因分析\n");
    for (int i = 1; i <= 5; i++) {
      text.append(i).append(".思想根源上的第").append(i).append("个原因：理论学习的自觉性有所减弱，")
          .append("党性锻炼抓得不紧，宗旨意识树得不牢，对标对表的标准不够高，工作中有松劲歇脚的想法。\n");
    }
    text.append("三、整改措施\n");
    for (int i = 1; i <= 5; i++) {
      text.append(i).append(".第").append(i).append("项措施：制定学习和整改计划，明确责任和时限，")
          .append("每月对照检查落实情况，每季度向班子报告进展，年底前逐项销号，并建立长效机制。\n");
    }
    return text.toString();
  }

  /** 一 to 十 for the area numbers. */
  private static final class ChineseCount {
    private static final String DIGITS = "一二三四五六七八九十";

    static String of(int n) {
      return String.valueOf(DIGITS.charAt(n - 1));
    }
  }
}
