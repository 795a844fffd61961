package cn.dlm.notification;

import cn.dlm.platform.FeatureApi;

/**
 * The system's own processes that carry notices: one {@code mail-delivery} instance per mail (and a
 * {@code mail-batch} instance per batch of up to 50 mails of one decision) and the daily
 * {@code reminder-sweep} (催办巡检), with their variables. Their variables keep no change log in history
 * ({@code dlm.history.processes-without-change-log}).
 */
@FeatureApi
public final class NotificationContract {

  public static final String MAIL_PROCESS = "mail-delivery";
  public static final String MAIL_BATCH_PROCESS = "mail-batch";
  public static final String REMINDER_SWEEP_PROCESS = "reminder-sweep";
  public static final String NEW_WORK_DISPATCH_PROCESS = "new-work-dispatch";
  public static final String NEW_WORK_NOTICE_PROCESS = "new-work-notice";

  public static final String MAIL_KIND = "mailKind";
  public static final String RECIPIENT = "recipient";
  public static final String TASK_IDS = "taskIds";
  public static final String REQUESTED_AT = "requestedAt";
  public static final String MESSAGE_ID = "messageId";
  public static final String OUTCOME = "outcome";
  /** A mail queued in a batch: the id of its {@code mail-batch} instance. */
  public static final String MAIL_BATCH = "mailBatch";
  /** A {@code mail-batch} instance's mails until it prepares them (JSON bytes, see BatchRequests). */
  public static final String MAIL_REQUESTS = "mailRequests";

  public static final String REMINDED_TASKS = "remindedTasks";
  public static final String ESCALATED_TASKS = "escalatedTasks";
  public static final String REMINDER_MAILS = "reminderMails";
  public static final String ESCALATION_MAILS = "escalationMails";

  private NotificationContract() {}
}
