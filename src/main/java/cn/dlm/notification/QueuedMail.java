package cn.dlm.notification;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads a {@code mail-delivery} instance's request back from its business key and variables. */
final class QueuedMail {

  private QueuedMail() {}

  static final List<String> VARIABLES = List.of(NotificationContract.MAIL_KIND, NotificationContract.RECIPIENT,
      NotificationContract.TASK_IDS, NotificationContract.REQUESTED_AT);

  static MailRequest request(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    VARIABLES.forEach(name -> variables.put(name, execution.getVariable(name)));
    return request(execution.getProcessBusinessKey(), variables);
  }

  static MailRequest request(String businessKey, Map<String, Object> variables) {
    return MailRequest.ofKey(businessKey,
        (String) variables.get(NotificationContract.MAIL_KIND),
        (String) variables.get(NotificationContract.RECIPIENT),
        taskIds(variables.get(NotificationContract.TASK_IDS)),
        (Date) variables.get(NotificationContract.REQUESTED_AT));
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
