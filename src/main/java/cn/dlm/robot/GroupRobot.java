package cn.dlm.robot;

import java.util.Date;

/**
 * A group's robot: the team's (领导班子) or the office's (组织办) work group in WeCom or DingTalk. The webhook address
 * carries the robot's key and, with the DingTalk signing secret, is a secret itself: either may be an environment
 * reference {@code env:NAME}, read only when a post is sent. {@link #toString()} masks both.
 */
record GroupRobot(String groupId, RobotKind kind, String webhook, String secret, String updatedBy, Date updatedAt) {

  String maskedWebhook() {
    return Webhooks.mask(webhook, kind);
  }

  String maskedSecret() {
    return Webhooks.maskSecret(secret);
  }

  @Override
  public String toString() {
    return "GroupRobot[" + groupId + ", " + kind + ", " + maskedWebhook() + "]";
  }
}
