package cn.dlm.mail;

import java.util.Optional;

/**
 * Renders one kind of mail when its sending job runs. Empty when there is nothing left to say,
 * for example when every task the mail was about has been finished in the meantime.
 */
public interface MailContentBuilder {

  String kind();

  Optional<MailContent> build(MailRequest request, MailRecipient recipient);
}
