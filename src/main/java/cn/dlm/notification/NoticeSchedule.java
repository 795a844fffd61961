package cn.dlm.notification;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * When queued new-work notices are dispatched, read by {@code new-work-dispatch.bpmn}: every
 * {@code dlm.mail.notice-window}. With a zero window notices are mailed one by one and never queued;
 * the dispatch then still runs hourly, for notices queued before the window was set to zero.
 */
@Component("noticeSchedule")
public class NoticeSchedule {

  private final MailProperties properties;

  public NoticeSchedule(MailProperties properties) {
    this.properties = properties;
  }

  public String getTimeCycle() {
    Duration window = properties.noticeWindow();
    return "R/" + (window.isZero() ? Duration.ofHours(1) : window);
  }
}
