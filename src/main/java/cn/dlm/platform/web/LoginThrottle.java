package cn.dlm.platform.web;

import cn.dlm.platform.time.EngineClock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per client address and per user name and says when a login attempt is to be
 * refused with 429 before any password is checked. Counters live in this node's memory (each node of
 * a cluster counts its own) and use the engine's clock, like the engine's own login delay.
 */
@Component
class LoginThrottle {

  private final FailureCounter addresses;
  private final FailureCounter users;
  private final EngineClock clock;

  LoginThrottle(LoginProperties properties, EngineClock clock) {
    this.clock = clock;
    this.addresses = new FailureCounter(properties.maxFailuresPerAddress(), properties.window());
    this.users = new FailureCounter(properties.maxFailuresPerUser(), properties.window());
  }

  /** How long an attempt from this address for this user name (may be null) must wait; zero: go ahead. */
  Duration refusal(String address, String userId) {
    Instant now = clock.now();
    Duration byAddress = addresses.refusal(address, now);
    Duration byUser = userId == null ? Duration.ZERO : users.refusal(userId, now);
    return byAddress.compareTo(byUser) >= 0 ? byAddress : byUser;
  }

  void failed(String address, String userId) {
    Instant now = clock.now();
    addresses.record(address, now);
    if (userId != null) {
      users.record(userId, now);
    }
  }

  /** The right password was given: earlier failures for the name no longer count against it. */
  void succeeded(String userId) {
    users.forget(userId);
  }

  /** An administrator unlocked the user: lifts the throttle on that name too. */
  void forgetUser(String userId) {
    users.forget(userId);
  }

  /** Lifts every throttle on this node. */
  void forgetAll() {
    addresses.forgetAll();
    users.forgetAll();
  }
}
