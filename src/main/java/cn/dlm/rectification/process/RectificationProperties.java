package cn.dlm.rectification.process;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rectification policy (dlm.rectification.*): the most items one plan may hold. Its due dates come from the DMN
 * table {@code deadline-offsets}, like the cycle's ({@link RectificationDeadlines}).
 */
@ConfigurationProperties("dlm.rectification")
public record RectificationProperties(Integer maxItems) {

  public RectificationProperties {
    maxItems = maxItems == null ? 1000 : maxItems;
  }
}
