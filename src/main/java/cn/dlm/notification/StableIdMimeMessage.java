package cn.dlm.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A MimeMessage that keeps the Message-ID it was given instead of inventing a new one on save. */
class StableIdMimeMessage extends MimeMessage {

  private final String messageId;

  StableIdMimeMessage(Session session, String messageId) {
    super(session);
    this.messageId = messageId;
  }

  @Override
  protected void updateMessageID() throws MessagingException {
    setHeader("Message-ID", messageId);
  }
}
