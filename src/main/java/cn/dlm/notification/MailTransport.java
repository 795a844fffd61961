package cn.dlm.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hands a composed mail to its destination; throws when it could not. */
interface MailTransport {

  void deliver(ComposedMail mail);

  /**
   * Hands the mails over one after the other, through one connection where the transport has connections.
   * Returns the Message-IDs of those it could not hand over, with the reason; every other mail was accepted.
   */
  default Map<String, Exception> deliverAll(List<ComposedMail> mails) {
    Map<String, Exception> failed = new LinkedHashMap<>();
    for (ComposedMail mail : mails) {
      try {
        deliver(mail);
      } catch (RuntimeException e) {
        failed.put(mail.messageId(), e);
      }
    }
    return failed;
  }
}
