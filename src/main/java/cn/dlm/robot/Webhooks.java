package cn.dlm.robot;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks a robot's webhook address and secret as the office enters them, and masks them wherever they are shown:
 * the key in the address keeps only its last four characters, a secret shows as 已设置, an environment reference
 * ({@code env:NAME}) by its name.
 */
final class Webhooks {

  static final String ENV_PREFIX = "env:";
  static final int MAX_LENGTH = 1000;

  private Webhooks() {}

  static boolean isEnvReference(String value) {
    return value != null && value.startsWith(ENV_PREFIX);
  }

  /** A Chinese reason why the address cannot be used, or null when it can. */
  static String problem(String webhook, RobotKind kind, boolean allowHttp) {
    if (webhook == null || webhook.isBlank()) {
      return "请填写群机器人地址（Webhook）。";
    }
    if (webhook.length() > MAX_LENGTH) {
      return "群机器人地址过长（最多" + MAX_LENGTH + "个字符）。";
    }
    if (isEnvReference(webhook)) {
      return webhook.substring(ENV_PREFIX.length()).matches("[A-Za-z_][A-Za-z0-9_.]*") ? null
          : "环境变量引用应写作 env:变量名，例如 env:DLM_ROBOT_WEBHOOK_XW。";
    }
    URI uri;
    try {
      uri = new URI(webhook.trim());
    } catch (URISyntaxException e) {
      return "群机器人地址不是有效的网址，请从" + kind.label() + "群设置中复制完整的 Webhook 地址。";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      return "群机器人地址须以 https:// 开头。";
    }
    if (scheme.equals("http") && !allowHttp) {
      return "群机器人地址须使用 https://（未加密的 http 地址不予接受）。";
    }
    if (keyOf(uri.getRawQuery(), kind.keyParameter()) == null) {
      return kind.label() + "群机器人地址应含参数 " + kind.keyParameter() + "=…，请从群设置中复制完整地址。";
    }
    return null;
  }

  /** A Chinese reason why the DingTalk signing secret cannot be used, or null. */
  static String secretProblem(String secret, RobotKind kind) {
    if (secret == null || secret.isBlank()) {
      return null;
    }
    if (!kind.signed()) {
      return "只有钉钉群机器人需要加签密钥，企业微信群机器人请留空。";
    }
    if (secret.length() > 200) {
      return "钉钉加签密钥过长。";
    }
    if (isEnvReference(secret)) {
      return secret.substring(ENV_PREFIX.length()).matches("[A-Za-z_][A-Za-z0-9_.]*") ? null
          : "环境变量引用应写作 env:变量名，例如 env:DLM_ROBOT_SECRET_XW。";
    }
    return secret.startsWith("SEC") ? null : "钉钉加签密钥以 SEC 开头，请从机器人安全设置中复制。";
  }

  static String mask(String webhook, RobotKind kind) {
    if (webhook == null) {
      return null;
    }
    if (isEnvReference(webhook)) {
      return webhook;
    }
    try {
      URI uri = new URI(webhook.trim());
      String key = keyOf(uri.getRawQuery(), kind.keyParameter());
      String tail = key == null || key.length() < 12 ? "" : key.substring(key.length() - 4);
      return uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath())
          + "?" + kind.keyParameter() + "=****" + tail;
    } catch (URISyntaxException e) {
      return "（地址无效）";
    }
  }

  static String maskSecret(String secret) {
    if (secret == null || secret.isBlank()) {
      return null;
    }
    return isEnvReference(secret) ? secret : "已设置";
  }

  static String keyOf(String rawQuery, String parameter) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).equals(parameter) && equals < pair.length() - 1) {
        return pair.substring(equals + 1);
      }
    }
    return null;
  }
}
