package cn.dlm.robot;

import cn.dlm.platform.FeatureApi;

/**
 * {@code robot-post}: one instance per post to a group robot (群机器人), with its variables. The robot's address and
 * secret are no variable: the instance names the group, and the sending step reads its robot from
 * {@link RobotStore}.
 */
@FeatureApi
public final class RobotContract {

  public static final String PROCESS_KEY = "robot-post";

  public static final String ROBOT_GROUP = "robotGroup";
  public static final String POST_TITLE = "postTitle";
  public static final String POST_TEXT = "postText";
  public static final String OUTCOME = "outcome";

  private RobotContract() {}
}
