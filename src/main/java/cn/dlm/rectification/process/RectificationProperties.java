package cn.dlm.rectification.process;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rectification policy (dlm.rectification.*): the deadline proposed for a new item, the working
 * days given for the plan, the office's decisions and the sign-off, and the most items one plan may hold.
 */
@ConfigurationProperties("dlm.rectification")
public record RectificationProperties(
    Period proposedDeadline,
    Integer planWorkingDays,
    Integer decisionWorkingDays,
    Integer signOffWorkingDays,
    Integer maxItems) {

  public RectificationProperties {
    proposedDeadline = proposedDeadline == null ? Period.ofMonths(3) : proposedDeadline;
    planWorkingDays = planWorkingDays == null ? 10 : planWorkingDays;
    decisionWorkingDays = decisionWorkingDays == null ? 5 : decisionWorkingDays;
    signOffWorkingDays = signOffWorkingDays == null ? 10 : signOffWorkingDays;
    maxItems = maxItems == null ? 1000 : maxItems;
  }
}
