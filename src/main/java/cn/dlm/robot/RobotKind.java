package cn.dlm.robot;

import cn.dlm.platform.FeatureApi;
import java.util.Arrays;
import java.util.Optional;

/**
 * The two products whose group robots (群机器人) the system posts to, with the query parameter that carries each
 * robot's key in its webhook address and whether the product signs requests with a secret.
 */
@FeatureApi
public enum RobotKind {
  WECOM("企业微信", "key", false),
  DINGTALK("钉钉", "access_token", true);

  private final String label;
  private final String keyParameter;
  private final boolean signed;

  RobotKind(String label, String keyParameter, boolean signed) {
    this.label = label;
    this.keyParameter = keyParameter;
    this.signed = signed;
  }

  public String label() {
    return label;
  }

  String keyParameter() {
    return keyParameter;
  }

  boolean signed() {
    return signed;
  }

  /** By its code ({@code wecom}, {@code dingtalk}) or its Chinese name (企业微信, 钉钉). */
  public static Optional<RobotKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.trim();
    return Arrays.stream(values())
        .filter(kind -> kind.name().equalsIgnoreCase(trimmed) || kind.label.equals(trimmed)).findFirst();
  }
}
