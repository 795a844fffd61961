package cn.dlm.rectification;

import java.time.LocalDate;

/** Dates the way Chinese documents write them: 2026年12月20日. */
final class ChineseDates {

  private ChineseDates() {}

  static String of(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }
}
