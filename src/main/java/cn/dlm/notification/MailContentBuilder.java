package cn.dlm.notification;

import cn.dlm.platform.FeatureApi;
import java.util.Optional;

/**
 * Renders one kind of mail when its delivery is prepared. Empty when there is nothing left to say,
 * for example when every task the mail was about has been finished in the meantime.
 */
@FeatureApi
public interface MailContentBuilder {

  String kind();

  Optional<MailContent> build(MailRequest request, MailRecipient recipient);

  /**
   * A mail that carries a secret (a set-password link) is rendered only when it is sent and never
   * stored; others are rendered once, stored with the mail's record and sent as stored.
   */
  default boolean carriesSecret() {
    return false;
  }
}
