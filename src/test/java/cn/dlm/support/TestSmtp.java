package cn.dlm.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/** GreenMail as the tests' real SMTP server on a free loopback port, and what tests read from the mail it received. */
public final class TestSmtp {

  private TestSmtp() {}

  /** A server set-up on a free port of 127.0.0.1; the build machine is shared and busy, GreenMail's 2 s start too tight. */
  public static ServerSetup onFreePort() {
    ServerSetup setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    setup.setServerStartupTimeout(30_000);
    return setup;
  }

  /** One server for the whole test class. */
  public static GreenMailExtension server(ServerSetup setup) {
    return new GreenMailExtension(setup).withPerMethodLifecycle(false);
  }

  /** The application sends its mail through that server. */
  public static void sendThrough(ServerSetup setup, DynamicPropertyRegistry registry) {
    registry.add("dlm.mail.transport", () -> "smtp");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", setup::getPort);
  }

  /** The first mail received whose first recipient contains the address. */
  public static MimeMessage mailTo(GreenMailExtension smtp, String address) throws Exception {
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().contains(address)) {
        return message;
      }
    }
    throw new AssertionError("no mail to " + address);
  }

  /** The text/plain part of a mail, or null when it has none. */
  public static String plainText(Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = plainText(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
