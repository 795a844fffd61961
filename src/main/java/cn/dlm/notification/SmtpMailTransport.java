package cn.dlm.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through the SMTP server configured with {@code spring.mail.*}. */
class SmtpMailTransport implements MailTransport {

  private final JavaMailSender sender;

  SmtpMailTransport(JavaMailSender sender) {
    this.sender = sender;
  }

  @Override
  public void deliver(ComposedMail mail) {
    // JavaMailSenderImpl keeps an explicitly set Message-ID when it saves the message.
    sender.send(message(mail));
  }

  /**
   * JavaMailSenderImpl sends an array of messages through one connection, goes on after a message the server
   * refused, connects again if the server closed the connection, and names every message it could not send.
   */
  @Override
  public Map<String, Exception> deliverAll(List<ComposedMail> mails) {
    Map<String, Exception> failed = new LinkedHashMap<>();
    try {
      sender.send(mails.stream().map(this::message).toArray(MimeMessage[]::new));
    } catch (MailSendException e) {
      e.getFailedMessages().forEach((message, cause) -> failed.put(messageId((MimeMessage) message), cause));
      if (failed.isEmpty()) {
        mails.forEach(mail -> failed.put(mail.messageId(), e));
      }
    } catch (MailException e) {
      mails.forEach(mail -> failed.put(mail.messageId(), e));
    }
    return failed;
  }

  private MimeMessage message(ComposedMail mail) {
    return sender.createMimeMessage(new ByteArrayInputStream(mail.mime()));
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException("Message-ID unreadable", e);
    }
  }
}
