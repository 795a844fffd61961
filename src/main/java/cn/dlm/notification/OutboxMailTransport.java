package cn.dlm.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each mail as an {@code .eml} file that any mail client opens. The file name derives
 * from the mail's date and Message-ID, so writing the same mail again replaces the file.
 */
class OutboxMailTransport implements MailTransport {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxMailTransport.class);
  private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path directory;
  private final ZoneId zone;

  OutboxMailTransport(Path directory, ZoneId zone) {
    this.directory = directory;
    this.zone = zone;
  }

  @Override
  public void deliver(ComposedMail mail) {
    Path file = directory.resolve(fileName(mail));
    try {
      Files.createDirectories(directory);
      Path partial = Files.createTempFile(directory, ".sending-", ".tmp");
      Files.write(partial, mail.mime());
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write mail to outbox " + directory.toAbsolutePath(), e);
    }
    LOG.info("Mail to {} written to {} (subject: {})", mail.recipientAddress(), file.toAbsolutePath(), mail.subject());
  }

  private String fileName(ComposedMail mail) {
    String time = FILE_TIME.format(mail.date().toInstant().atZone(zone));
    String localPart = mail.messageId().replaceAll("^<|@.*$", "").replaceAll("[^A-Za-z0-9.-]", "");
    return time + "-" + localPart + ".eml";
  }
}
