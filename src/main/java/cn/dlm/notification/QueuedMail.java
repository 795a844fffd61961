package cn.dlm.notification;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads a {@code mail-delivery} instance's request back from its business key and variables. */
final class QueuedMail {

  private QueuedMail() {}

  static MailRequest request(DelegateExecution execution) {
    return MailRequest.ofKey(execution.getProcessBusinessKey(),
        (String) execution.getVariable(NotificationContract.MAIL_KIND),
        (String) execution.getVariable(NotificationContract.RECIPIENT),
        taskIds(execution.getVariable(NotificationContract.TASK_IDS)),
        (Date) execution.getVariable(NotificationContract.REQUESTED_AT));
  }

  /** Comma-separated; mails queued by earlier builds kept them as a Json list. */
  static List<String> taskIds(Object ids) {
    if (ids instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    String joined = (String) ids;
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }
}
