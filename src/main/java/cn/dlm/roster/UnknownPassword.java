package cn.dlm.roster;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random password for a user created by import, so that the account exists with a password
 * (the engine's password check needs one) that nobody knows until the user sets his or her own.
 */
final class UnknownPassword {

  private static final SecureRandom RANDOM = new SecureRandom();

  private UnknownPassword() {}

  /** 32 random characters plus one of each kind the password policy asks for. */
  static String next() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "Aa1#";
  }
}
