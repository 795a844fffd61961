package cn.dlm.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** The parts of a received mail a test looks at. */
record MailParts(String subject, String rawSubject, String messageId, String html, String text, int size) {

  static MailParts of(MimeMessage message) {
    try {
      String[] bodies = new String[2];
      collect(message, bodies);
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      message.writeTo(raw);
      return new MailParts(message.getSubject(), message.getHeader("Subject", null), message.getMessageID(),
          bodies[0], bodies[1], raw.size());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(Part part, String[] bodies) throws MessagingException, IOException {
    if (part.isMimeType("text/html")) {
      bodies[0] = (String) part.getContent();
    } else if (part.isMimeType("text/plain")) {
      bodies[1] = (String) part.getContent();
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, bodies);
      }
    }
  }
}
