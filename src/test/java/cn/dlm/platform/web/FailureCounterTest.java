package cn.dlm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureCounterTest {

  static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");
  static final Duration WINDOW = Duration.ofMinutes(15);

  final FailureCounter counter = new FailureCounter(3, WINDOW);

  @Test
  void aKeyIsRefusedFromTheLimitUntilItsOldestFailureLeavesTheWindow() {
    counter.record("a", T0);
    counter.record("a", T0.plusSeconds(60));
    assertThat(counter.refusal("a", T0.plusSeconds(61))).isZero();

    counter.record("a", T0.plusSeconds(120));

    assertThat(counter.refusal("a", T0.plusSeconds(121))).isEqualTo(WINDOW.minusSeconds(121));
    assertThat(counter.refusal("b", T0.plusSeconds(121))).as("other keys are not affected").isZero();
    assertThat(counter.refusal("a", T0.plus(WINDOW))).as("the first failure has left the window").isZero();
  }

  @Test
  void aFailureAfterTheWindowStartsCountingAgain() {
    counter.record("a", T0);
    counter.record("a", T0.plusSeconds(1));
    counter.record("a", T0.plus(WINDOW).plusSeconds(2));

    assertThat(counter.refusal("a", T0.plus(WINDOW).plusSeconds(3))).isZero();
  }

  @Test
  void forgettingAKeyLiftsItsRefusal() {
    for (int i = 0; i < 3; i++) {
      counter.record("a", T0);
    }
    assertThat(counter.refusal("a", T0)).isPositive();

    counter.forget("a");

    assertThat(counter.refusal("a", T0)).isZero();
  }
}
