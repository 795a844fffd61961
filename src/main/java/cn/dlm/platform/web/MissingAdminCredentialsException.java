package cn.dlm.platform.web;

public class MissingAdminCredentialsException extends IllegalStateException {

  public MissingAdminCredentialsException() {
    super("No admin account configured: outside the demo profile set CAMUNDA_BPM_ADMINUSER_ID and "
        + "CAMUNDA_BPM_ADMINUSER_PASSWORD (camunda.bpm.admin-user.id / .password). The password must "
        + "satisfy the password policy: at least 10 characters with upper- and lower-case letters, a digit "
        + "and a special character.");
  }
}
