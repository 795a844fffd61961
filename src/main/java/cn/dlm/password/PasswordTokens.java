package cn.dlm.password;

import cn.dlm.platform.time.EngineClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Set-password tokens: random, single use, valid for {@code dlm.password.link-validity}. A user has
 * at most one; only its SHA-256 hash, the time it was issued and its expiry are stored, as the
 * user's identity-service info {@value #KEY}.
 */
@Component
class PasswordTokens {

  static final String KEY = "dlm.password.token";

  private final SecureRandom random = new SecureRandom();
  private final IdentityService identityService;
  private final Duration validity;
  private final EngineClock clock;

  PasswordTokens(IdentityService identityService, EngineClock clock,
      @Value("${dlm.password.link-validity:PT72H}") Duration validity) {
    this.clock = clock;
    this.identityService = identityService;
    this.validity = validity;
  }

  Duration validity() {
    return validity;
  }

  /** A new token for the user, replacing any earlier one; the caller mails it and forgets it. */
  String issue(String userId) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.now();
    identityService.setUserInfo(userId, KEY, hash(token) + "|" + now.toEpochMilli() + "|"
        + now.plus(validity).toEpochMilli());
    return token;
  }

  /** When the user's current token was issued, if there is one that has not expired. */
  Instant issuedAt(String userId) {
    Stored stored = stored(userId);
    return stored == null || !clock.now().isBefore(stored.expires()) ? null : stored.issued();
  }

  Check check(String userId, String token) {
    Stored stored = stored(userId);
    if (stored == null || token == null || !MessageDigest.isEqual(stored.hash().getBytes(StandardCharsets.US_ASCII),
        hash(token).getBytes(StandardCharsets.US_ASCII))) {
      return Check.INVALID;
    }
    return clock.now().isBefore(stored.expires()) ? Check.VALID : Check.EXPIRED;
  }

  void redeem(String userId) {
    identityService.deleteUserInfo(userId, KEY);
  }

  enum Check { VALID, EXPIRED, INVALID }

  private record Stored(String hash, Instant issued, Instant expires) {}

  private Stored stored(String userId) {
    String value = identityService.getUserInfo(userId, KEY);
    if (value == null) {
      return null;
    }
    String[] parts = value.split("\\|");
    if (parts.length != 3) {
      return null;
    }
    return new Stored(parts[0], Instant.ofEpochMilli(Long.parseLong(parts[1])),
        Instant.ofEpochMilli(Long.parseLong(parts[2])));
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
