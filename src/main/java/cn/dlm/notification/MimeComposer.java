package cn.dlm.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Builds the MIME message: UTF-8 throughout, HTML with a plain-text alternative, encoded
 * subject and display names, and a Message-ID derived from the mail's key.
 */
@Component
class MimeComposer {

  static {
    // Jakarta Mail looks its stream provider up with a ServiceLoader scan of the classpath for every body
    // part written, an eighth of the sending job's time (docs/performance.md); named, it is one class lookup.
    System.getProperties().putIfAbsent(StreamProvider.class.getName(), MailStreamProvider.class.getName());
  }

  private static final Session SESSION = Session.getInstance(new Properties());

  private final MailProperties properties;

  public MimeComposer(MailProperties properties) {
    this.properties = properties;
  }

  public ComposedMail compose(String key, MailRecipient to, MailContent content, Date date) {
    String messageId = MessageIds.of(key, properties.messageIdDomain());
    StableIdMimeMessage message = new StableIdMimeMessage(SESSION, messageId);
    try {
      MimeMessageHelper helper = new SharedTypesMessageHelper(message);
      helper.setFrom(parseFrom());
      helper.setTo(new InternetAddress(to.address(), to.displayName(), StandardCharsets.UTF_8.name()));
      helper.setSubject(content.subject());
      helper.setSentDate(date);
      helper.setText(content.text(), content.html());
      message.saveChanges();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      message.writeTo(bytes);
      return new ComposedMail(bytes.toByteArray(), messageId, to.address(), content.subject(), date);
    } catch (MessagingException e) {
      throw new MailPreparationException("Cannot compose mail " + key, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A mail composed earlier, from its MIME bytes: the same bytes go out again. */
  public ComposedMail parse(byte[] mime) {
    try {
      MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(mime));
      InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
      return new ComposedMail(mime, message.getMessageID(), to.getAddress(), message.getSubject(), message.getSentDate());
    } catch (MessagingException e) {
      throw new MailPreparationException("Cannot read a stored mail", e);
    }
  }

  private InternetAddress parseFrom() throws MessagingException {
    InternetAddress from = new InternetAddress(properties.from(), true);
    try {
      // Re-encode the personal part so a Chinese sender name survives every mail client.
      return new InternetAddress(from.getAddress(), from.getPersonal(), StandardCharsets.UTF_8.name());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
