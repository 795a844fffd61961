package cn.dlm.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two digests the reminder sweep sends: one template and one kind each, the same building. */
@Configuration(proxyBeanMethods = false)
class DigestMails {

  /** The daily reminder digest (催办) to a task owner: his or her due-soon and overdue tasks. */
  @Bean
  DigestMail reminderDigestMail(OpenTasks openTasks, TaskViews views, MailTemplates templates,
      ReminderProperties properties) {
    return new DigestMail(ReminderSweep.REMINDER_MAIL, "reminder-digest", openTasks, views, templates, properties);
  }

  /** The escalation digest (督办) to the organizing office and the secretary: long-overdue tasks of others. */
  @Bean
  DigestMail escalationDigestMail(OpenTasks openTasks, TaskViews views, MailTemplates templates,
      ReminderProperties properties) {
    return new DigestMail(ReminderSweep.ESCALATION_MAIL, "escalation-digest", openTasks, views, templates, properties);
  }
}
