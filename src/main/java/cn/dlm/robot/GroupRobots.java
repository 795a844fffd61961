package cn.dlm.robot;

import cn.dlm.access.AccessModel;
import cn.dlm.platform.FeatureApi;
import cn.dlm.platform.Privileged;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Setting a group's robot, for the office's endpoint and the roster import: checks what the office entered and
 * answers in Chinese what is wrong. Only a leadership team (领导班子) or the office (组织办) can have a robot.
 */
@FeatureApi
@Component
public class GroupRobots {

  private final RobotStore store;
  private final RobotProperties properties;
  private final ProcessEngine engine;

  GroupRobots(RobotStore store, RobotProperties properties, ProcessEngine engine) {
    this.store = store;
    this.properties = properties;
    this.engine = engine;
  }

  /**
   * What is wrong with a robot entered for a group, or nothing. {@code kind} is 企业微信 / 钉钉 (or wecom /
   * dingtalk); the secret is DingTalk's only and may be empty (a robot secured by keyword or address instead).
   */
  public List<String> problems(String kind, String webhook, String secret) {
    return Stream.of(kindProblem(kind), webhookProblem(kind, webhook), secretProblem(kind, secret))
        .flatMap(Optional::stream).toList();
  }

  public Optional<String> kindProblem(String kind) {
    return RobotKind.parse(kind).isPresent() ? Optional.empty() : Optional.of("群机器人类型应为“企业微信”或“钉钉”。");
  }

  public Optional<String> webhookProblem(String kind, String webhook) {
    return RobotKind.parse(kind).map(parsed -> Webhooks.problem(webhook, parsed, properties.allowHttp()));
  }

  public Optional<String> secretProblem(String kind, String secret) {
    return RobotKind.parse(kind).map(parsed -> Webhooks.secretProblem(secret, parsed));
  }

  /** A robot as entered, as it may be shown: product, masked address, whether a secret is given. */
  public String preview(String kind, String webhook, String secret) {
    RobotKind parsed = RobotKind.parse(kind).orElseThrow(() -> new IllegalArgumentException("群机器人类型无效"));
    String maskedSecret = Webhooks.maskSecret(secret);
    return parsed.label() + " " + Webhooks.mask(webhook.trim(), parsed)
        + (maskedSecret == null ? "" : "，加签密钥" + maskedSecret);
  }

  /** Whether the group exists and may have a robot: a leadership team or the office. */
  public boolean mayHaveRobot(String groupId) {
    if (AccessModel.OFFICE_GROUP.equals(groupId)) {
      return true;
    }
    Group group = Privileged.call(engine,
        () -> engine.getIdentityService().createGroupQuery().groupId(groupId).singleResult());
    return group != null && AccessModel.TEAM_GROUP_TYPE.equals(group.getType());
  }

  /** Sets the group's robot; call {@link #problems} first. A null secret keeps the one stored for the group. */
  public void set(String groupId, String kind, String webhook, String secret, String by) {
    RobotKind parsed = RobotKind.parse(kind).orElseThrow(() -> new IllegalArgumentException("群机器人类型无效"));
    String kept = secret != null ? blankToNull(secret)
        : store.find(groupId).filter(robot -> robot.kind() == parsed).map(GroupRobot::secret).orElse(null);
    store.save(new GroupRobot(groupId, parsed, webhook.trim(), kept == null ? null : kept.trim(), by, new Date()));
  }

  public boolean has(String groupId) {
    return store.find(groupId).isPresent();
  }

  /** Whether the robot entered is the one stored (the secret compared only when given). */
  public boolean isStored(String groupId, String kind, String webhook, String secret) {
    Optional<RobotKind> parsed = RobotKind.parse(kind);
    return parsed.isPresent() && store.find(groupId)
        .filter(robot -> robot.kind() == parsed.get() && robot.webhook().equals(webhook.trim()))
        .filter(robot -> secret == null || secret.isBlank() || secret.trim().equals(robot.secret()))
        .isPresent();
  }

  boolean remove(String groupId) {
    return store.delete(groupId);
  }

  List<GroupRobot> all() {
    return store.all();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
