package cn.dlm.password;

import cn.dlm.notification.MailQueue;
import cn.dlm.notification.MailRequest;
import cn.dlm.platform.FeatureApi;
import cn.dlm.platform.time.EngineClock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Queues the mails that carry a set-password link: the welcome of a new user (账号开通) and the
 * answer to 忘记密码. The link's token is made only when the mail is sent (see {@link PasswordMail}),
 * so no token, and never a password, is stored in clear.
 */
@FeatureApi
@Component
public class PasswordMails {

  static final String WELCOME = "password-welcome";
  static final String RESET = "password-reset";

  private final MailQueue mailQueue;
  private final EngineClock clock;

  public PasswordMails(MailQueue mailQueue, EngineClock clock) {
    this.mailQueue = mailQueue;
    this.clock = clock;
  }

  /** For a user just created by {@code decisionId} (e.g. one roster import). */
  public void welcome(String userId, String decisionId) {
    mailQueue.enqueue(new MailRequest(WELCOME, userId, List.of(), decisionId, clock.nowAsDate()));
  }

  void reset(String userId, String requestId) {
    mailQueue.enqueue(new MailRequest(RESET, userId, List.of(), requestId, clock.nowAsDate()));
  }
}
