package cn.dlm.cycle;

import cn.dlm.platform.form.InvalidSubmission;
import java.time.LocalDate;

/** The two days a form's dates are checked against: today, and the cycle's meeting day (M; null while unknown). */
record CycleDays(LocalDate today, LocalDate meetingDay) {

  void requireNotFuture(LocalDate date, String label) {
    if (date.isAfter(today)) {
      throw new InvalidSubmission(label + " " + date + " 晚于今天，请填写实际日期。");
    }
  }

  void requireNotAfterMeeting(LocalDate date, String label) {
    if (isAfterMeeting(date)) {
      throw new InvalidSubmission(label + "不能晚于会议日期 " + meetingDay + "。");
    }
  }

  boolean isAfterMeeting(LocalDate date) {
    return meetingDay != null && date.isAfter(meetingDay);
  }
}
