package cn.dlm.robot;

/**
 * A post the robot did not take, with a Chinese message that names the group, the product and the masked address.
 * It never carries the underlying exception: an HTTP client's message or stack trace could quote the address, and
 * the job's failure is shown in Cockpit, kept in the job log and written to the log.
 */
class RobotPostFailed extends RuntimeException {

  RobotPostFailed(String message) {
    super(message, null, false, true);
  }
}
