package cn.dlm.robot;

import cn.dlm.platform.people.PeopleDirectory;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The step of {@code robot-post} (推送群消息): reads the group's robot now, posts, and records the outcome. A robot
 * removed meanwhile ends the post unsent; a failure propagates as {@link RobotPostFailed}, so the job is retried and
 * finally becomes an incident whose message names no secret.
 */
@Component("robotPostSending")
class RobotPostSending implements JavaDelegate {

  private final RobotStore store;
  private final RobotClient client;
  private final PeopleDirectory directory;

  RobotPostSending(RobotStore store, RobotClient client, PeopleDirectory directory) {
    this.store = store;
    this.client = client;
    this.directory = directory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String groupId = (String) execution.getVariable(RobotContract.ROBOT_GROUP);
    Optional<GroupRobot> robot = store.find(groupId);
    if (robot.isEmpty()) {
      execution.setVariable(RobotContract.OUTCOME, "未发送：该群机器人已删除");
      return;
    }
    RobotMessage message = new RobotMessage((String) execution.getVariable(RobotContract.POST_TITLE),
        (String) execution.getVariable(RobotContract.POST_TEXT));
    client.post(robot.get(), directory.groupName(groupId), message);
    execution.setVariable(RobotContract.OUTCOME, "已推送：" + robot.get().kind().label() + "群");
  }
}
