package cn.dlm.platform.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Outside the demo profile the admin account must come from the environment
 * (camunda.bpm.admin-user.id / .password): a start without them stops before the engine exists.
 */
public class AdminCredentialsCheck implements EnvironmentPostProcessor, Ordered {

  static final String ID = "camunda.bpm.admin-user.id";
  static final String PASSWORD = "camunda.bpm.admin-user.password";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      return;
    }
    // In the ldap profile the administrator is a directory user: its password is the directory's.
    boolean directory = environment.acceptsProfiles(Profiles.of("ldap"));
    if (!StringUtils.hasText(environment.getProperty(ID))
        || !directory && !StringUtils.hasText(environment.getProperty(PASSWORD))) {
      throw new MissingAdminCredentialsException();
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
