package cn.dlm.platform.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How logins resist guessing without letting anyone lock another user out (docs/operations.md,
 * "Logins and throttling").
 *
 * @param delayBase the engine's refusal after the first wrong password of a user
 * @param delayFactor each further wrong password multiplies the refusal by this
 * @param delayMax the longest refusal; there is no permanent lock
 * @param window failures older than this are forgotten by the throttle
 * @param maxFailuresPerAddress failed logins from one client address within the window before it gets 429
 * @param maxFailuresPerUser failed logins for one user name, from any address, within the window before it gets 429
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} names the client;
 *     empty (the default): the client is the socket's peer
 */
@ConfigurationProperties("dlm.login")
public record LoginProperties(
    Duration delayBase,
    Integer delayFactor,
    Duration delayMax,
    Duration window,
    Integer maxFailuresPerAddress,
    Integer maxFailuresPerUser,
    List<String> trustedProxies) {

  public LoginProperties {
    delayBase = delayBase == null ? Duration.ofSeconds(3) : delayBase;
    delayFactor = delayFactor == null ? 2 : delayFactor;
    delayMax = delayMax == null ? Duration.ofSeconds(60) : delayMax;
    window = window == null ? Duration.ofMinutes(15) : window;
    maxFailuresPerAddress = maxFailuresPerAddress == null ? 30 : maxFailuresPerAddress;
    maxFailuresPerUser = maxFailuresPerUser == null ? 10 : maxFailuresPerUser;
    trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    if (delayBase.isNegative() || delayFactor < 1 || delayMax.compareTo(delayBase) < 0) {
      throw new IllegalArgumentException("dlm.login: delay-base must not be negative, delay-factor at least 1 "
          + "and delay-max at least delay-base");
    }
    if (window.isZero() || window.isNegative() || maxFailuresPerAddress < 1 || maxFailuresPerUser < 1) {
      throw new IllegalArgumentException("dlm.login: window must be positive and max-failures-per-* at least 1");
    }
  }
}
