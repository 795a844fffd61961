package cn.dlm.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Message-IDs derived from a mail's key: the same decision always yields the same id. */
final class MessageIds {

  private MessageIds() {}

  public static String of(String key, String domain) {
    String kind = key.substring(0, Math.max(0, key.indexOf('.'))).replaceAll("[^A-Za-z0-9-]", "");
    return "<" + (kind.isEmpty() ? "mail" : kind) + "." + sha256Hex(key).substring(0, 32) + "@" + domain + ">";
  }

  private static String sha256Hex(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
