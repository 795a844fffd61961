package cn.dlm.reminder;

import cn.dlm.mail.MailTemplates;
import org.springframework.stereotype.Component;

/** The daily reminder digest (催办) to a task owner: his or her due-soon and overdue tasks. */
@Component
public class ReminderDigestMail extends DigestMail {

  public ReminderDigestMail(OpenTasks openTasks, TaskViews views, MailTemplates templates, ReminderProperties properties) {
    super(openTasks, views, templates, properties);
  }

  @Override
  public String kind() {
    return ReminderSweep.REMINDER_MAIL;
  }

  @Override
  String template() {
    return "reminder-digest";
  }
}
