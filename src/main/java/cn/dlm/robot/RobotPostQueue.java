package cn.dlm.robot;

import cn.dlm.platform.Privileged;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Queues a post by starting a {@code robot-post} instance whose sending step is an async job: called inside the
 * sweep's command, the post exists only if the sweep commits, and is sent after that commit, retried, and finally
 * an incident in Cockpit — as mails are.
 */
@Component
class RobotPostQueue {

  private final ProcessEngine engine;

  RobotPostQueue(ProcessEngine engine) {
    this.engine = engine;
  }

  void enqueue(String decisionId, String groupId, RobotMessage message) {
    Privileged.call(engine, () -> engine.getRuntimeService()
        .createProcessInstanceByKey(RobotContract.PROCESS_KEY)
        .businessKey("robot." + decisionId + "." + groupId)
        .setVariables(Variables.createVariables()
            .putValue(RobotContract.ROBOT_GROUP, groupId)
            .putValue(RobotContract.POST_TITLE, message.title())
            .putValue(RobotContract.POST_TEXT, message.markdown()))
        .execute());
  }
}
