package cn.dlm.rectification.history;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file download with a Chinese name: {@code filename*} carries the name UTF-8 encoded as
 * RFC 5987/6266 define it, {@code filename} an ASCII name for clients that predate them.
 */
final class Attachment {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Attachment() {}

  static ResponseEntity<byte[]> of(byte[] content, MediaType type, String fileName, String asciiFallback) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName, asciiFallback))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(content);
  }

  static String contentDisposition(String fileName, String asciiFallback) {
    return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encode(fileName);
  }

  /** Percent-encodes every byte outside RFC 5987's attr-char. */
  static String encode(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0)) {
        encoded.append(c);
      } else {
        encoded.append('%').append(HEX[(b >> 4) & 0x0F]).append(HEX[b & 0x0F]);
      }
    }
    return encoded.toString();
  }
}
