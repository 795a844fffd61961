package cn.dlm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dlm.DlmApplication;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Starts outside the demo profile, with the admin account given the way the README says: as
 * environment variables (here a stand-in for the process environment).
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

  @Test
  void noDemoUsersOnlyTheAdminFromTheEnvironment() {
    try (ConfigurableApplicationContext app = start(Map.of(
        "CAMUNDA_BPM_ADMINUSER_ID", "root",
        "CAMUNDA_BPM_ADMINUSER_PASSWORD", "Strong#2026secret"))) {
      IdentityService identity = app.getBean(IdentityService.class);

      assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("root");
      assertThat(identity.checkPassword("root", "Strong#2026secret")).isTrue();
      assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
          .containsExactlyInAnyOrder("camunda-admin", "organizing-office", "supervisors");
      assertThat(identity.createGroupQuery().groupMember("root").list()).extracting(Group::getId)
          .containsExactly("camunda-admin");
    }
  }

  @Test
  void missingAdminPasswordStopsTheStartWithAClearMessage(CapturedOutput output) {
    assertThatThrownBy(() -> start(Map.of("CAMUNDA_BPM_ADMINUSER_ID", "root")))
        .isInstanceOf(MissingAdminCredentialsException.class)
        .hasMessageContaining("CAMUNDA_BPM_ADMINUSER_PASSWORD");

    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("No admin account configured")
        .contains("Export CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD");
  }

  @Test
  void missingAdminAccountStopsTheStart() {
    assertThatThrownBy(() -> start(Map.of())).isInstanceOf(MissingAdminCredentialsException.class);
  }

  private static ConfigurableApplicationContext start(Map<String, Object> environmentVariables) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            environmentVariables));
    return new SpringApplicationBuilder(DlmApplication.class).environment(environment)
        .run("--spring.profiles.active=test", "--server.port=0");
  }
}
