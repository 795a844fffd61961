package cn.dlm.rectification.domain;

import java.time.LocalDate;

/** Dates the way Chinese documents write them: 2026年12月20日. */
public final class ChineseDates {

  private ChineseDates() {}

  public static String of(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }
}
