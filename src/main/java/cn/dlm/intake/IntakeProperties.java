package cn.dlm.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the online opinion intake (网上征求意见), see docs/operations.md.
 *
 * @param maxText the longest opinion, in characters
 * @param maxOpinions opinions one cycle's link takes in, over all addresses
 * @param submissionsPerAddress opinions one client address may leave within {@code window}, over all links
 * @param window how long a client address is remembered (in memory only)
 * @param trackedAddresses addresses remembered at once; beyond them new addresses are refused until some expire
 */
@ConfigurationProperties("dlm.intake")
record IntakeProperties(
    Integer maxText,
    Integer maxOpinions,
    Integer submissionsPerAddress,
    Duration window,
    Integer trackedAddresses) {

  IntakeProperties {
    maxText = maxText == null ? 2_000 : maxText;
    maxOpinions = maxOpinions == null ? 1_000 : maxOpinions;
    submissionsPerAddress = submissionsPerAddress == null ? 20 : submissionsPerAddress;
    window = window == null ? Duration.ofMinutes(10) : window;
    trackedAddresses = trackedAddresses == null ? 100_000 : trackedAddresses;
    if (maxText < 1 || maxOpinions < 1 || submissionsPerAddress < 1 || trackedAddresses < 1
        || window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("dlm.intake: every limit must be at least 1 and the window positive");
    }
  }
}
