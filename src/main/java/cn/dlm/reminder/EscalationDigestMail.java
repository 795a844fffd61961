package cn.dlm.reminder;

import cn.dlm.mail.MailTemplates;
import org.springframework.stereotype.Component;

/** The escalation digest (督办) to the organizing office and the secretary: long-overdue tasks of others. */
@Component
public class EscalationDigestMail extends DigestMail {

  public EscalationDigestMail(OpenTasks openTasks, TaskViews views, MailTemplates templates, ReminderProperties properties) {
    super(openTasks, views, templates, properties);
  }

  @Override
  public String kind() {
    return ReminderSweep.ESCALATION_MAIL;
  }

  @Override
  String template() {
    return "escalation-digest";
  }
}
