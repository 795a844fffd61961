package cn.dlm.notification;

import java.io.ByteArrayInputStream;
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
    sender.send(sender.createMimeMessage(new ByteArrayInputStream(mail.mime())));
  }
}
