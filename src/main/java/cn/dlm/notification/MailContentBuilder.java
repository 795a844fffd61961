package cn.dlm.notification;

import cn.dlm.platform.FeatureApi;
import java.util.Optional;

/**
 * Renders one kind of mail when its sending job runs. Empty when there is nothing left to say,
 * for example when every task the mail was about has been finished in the meantime.
 */
@FeatureApi
public interface MailContentBuilder {

  String kind();

  Optional<MailContent> build(MailRequest request, MailRecipient recipient);
}
