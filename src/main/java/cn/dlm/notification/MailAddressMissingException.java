package cn.dlm.notification;

/** The recipient has no user account or no mail address; fixing it in Admin and retrying the job sends the mail. */
public class MailAddressMissingException extends RuntimeException {

  public MailAddressMissingException(String userId) {
    super("用户 " + userId + " 不存在或没有邮箱地址，邮件无法发送。请在管理后台补充邮箱后重试此作业。");
  }
}
