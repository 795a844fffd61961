package cn.dlm.robot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Posts markdown to a group robot. WeCom: {@code {"msgtype":"markdown","markdown":{"content":…}}}; DingTalk:
 * {@code {"msgtype":"markdown","markdown":{"title":…,"text":…}}}, signed when the robot has a secret by
 * {@code &timestamp=<ms>&sign=<urlencoded base64 HmacSHA256(secret, timestamp + "\n" + secret)>}. Both answer
 * HTTP 200 with {@code {"errcode":0,…}}; anything else is a failure ({@link RobotPostFailed}).
 */
@Component
class RobotClient {

  static final int MAX_ERRMSG = 120;

  private final HttpClient http;
  private final RobotProperties properties;
  private final Environment environment;
  private final ObjectMapper json = new ObjectMapper();
  private final Clock clock = Clock.systemUTC();

  RobotClient(RobotProperties properties, Environment environment) {
    this.properties = properties;
    this.environment = environment;
    this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  void post(GroupRobot robot, String groupName, RobotMessage message) {
    String where = "向" + groupName + "的" + robot.kind().label() + "群机器人（" + robot.maskedWebhook() + "）推送消息失败：";
    String webhook = resolve(robot.webhook(), where);
    String secret = robot.secret() == null || robot.secret().isBlank() ? null : resolve(robot.secret(), where);
    String problem = Webhooks.problem(webhook, robot.kind(), properties.allowHttp());
    if (problem != null) {
      throw new RobotPostFailed(where + problem);
    }
    HttpResponse<String> response;
    try {
      URI target = URI.create(robot.kind().signed() && secret != null ? signed(webhook.trim(), secret) : webhook.trim());
      HttpRequest request = HttpRequest.newBuilder(target).timeout(properties.requestTimeout())
          .header("Content-Type", "application/json; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(body(robot.kind(), message), StandardCharsets.UTF_8)).build();
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RobotPostFailed(where + "发送被中断，稍后重试。");
    } catch (HttpConnectTimeoutException e) {
      throw new RobotPostFailed(where + "连接超时（" + properties.connectTimeout().toSeconds() + "秒），请检查网络或地址。");
    } catch (HttpTimeoutException e) {
      throw new RobotPostFailed(where + "等待答复超时（" + properties.requestTimeout().toSeconds() + "秒）。");
    } catch (ConnectException e) {
      throw new RobotPostFailed(where + "无法连接服务器，请检查网络或地址。");
    } catch (IOException e) {
      throw new RobotPostFailed(where + "网络错误（" + e.getClass().getSimpleName() + "）。");
    } catch (RuntimeException e) {
      throw new RobotPostFailed(where + "地址无法使用（" + e.getClass().getSimpleName() + "）。");
    }
    check(response, where, webhook, secret);
  }

  private void check(HttpResponse<String> response, String where, String webhook, String secret) {
    if (response.statusCode() != 200) {
      throw new RobotPostFailed(where + "服务器答复 HTTP " + response.statusCode() + "。");
    }
    JsonNode answer;
    try {
      answer = json.readTree(response.body());
    } catch (IOException e) {
      answer = null;
    }
    if (answer == null || !answer.path("errcode").isInt()) {
      throw new RobotPostFailed(where + "服务器的答复不是群机器人的答复（无 errcode）。");
    }
    if (answer.get("errcode").asInt() != 0) {
      String errmsg = scrub(answer.path("errmsg").asText(""), webhook, secret);
      throw new RobotPostFailed(where + "机器人答复错误 " + answer.get("errcode").asInt()
          + (errmsg.isBlank() ? "" : "：" + errmsg) + "。");
    }
  }

  String body(RobotKind kind, RobotMessage message) {
    Map<String, Object> markdown = new LinkedHashMap<>();
    if (kind == RobotKind.DINGTALK) {
      markdown.put("title", message.title());
      markdown.put("text", message.markdown());
    } else {
      markdown.put("content", message.markdown());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("msgtype", "markdown");
    body.put("markdown", markdown);
    try {
      return json.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String signed(String webhook, String secret) {
    long timestamp = clock.millis();
    return webhook + "&timestamp=" + timestamp + "&sign=" + sign(timestamp, secret);
  }

  static String sign(long timestamp, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
      return URLEncoder.encode(Base64.getEncoder().encodeToString(digest), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 不可用");
    }
  }

  private String resolve(String value, String where) {
    if (!Webhooks.isEnvReference(value)) {
      return value;
    }
    String name = value.substring(Webhooks.ENV_PREFIX.length());
    String resolved = environment.getProperty(name);
    if (resolved == null || resolved.isBlank()) {
      throw new RobotPostFailed(where + "环境变量 " + name + " 未设置。");
    }
    return resolved;
  }

  private static String scrub(String text, String webhook, String secret) {
    String cut = text.length() > MAX_ERRMSG ? text.substring(0, MAX_ERRMSG) + "…" : text;
    for (String hidden : new String[] {webhook, secret, keyOf(webhook)}) {
      if (hidden != null && !hidden.isBlank()) {
        cut = cut.replace(hidden, "****");
      }
    }
    return cut;
  }

  private static String keyOf(String webhook) {
    int query = webhook.indexOf('?');
    if (query < 0) {
      return null;
    }
    for (RobotKind kind : RobotKind.values()) {
      String key = Webhooks.keyOf(webhook.substring(query + 1), kind.keyParameter());
      if (key != null) {
        return key;
      }
    }
    return null;
  }
}
