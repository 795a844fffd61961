package cn.dlm.notification;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * A multipart UTF-8 {@link MimeMessageHelper} sharing one MIME type table: the plain helper parses
 * its own for every message, a measurable share of each mail's cost (docs/performance.md), although
 * ours carry no attachments that would need it.
 */
final class SharedTypesMessageHelper extends MimeMessageHelper {

  private static final FileTypeMap TYPES = types();

  SharedTypesMessageHelper(MimeMessage message) throws MessagingException {
    super(message, true, StandardCharsets.UTF_8.name());
  }

  @Override
  protected FileTypeMap getDefaultFileTypeMap(MimeMessage message) {
    return TYPES;
  }

  private static FileTypeMap types() {
    ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
    types.afterPropertiesSet();
    return types;
  }
}
