package cn.dlm;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.support.EngineSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Two starts of the demo application on one H2 file, as {@code ./mvnw spring-boot:run} twice: the
 * second start finds everything the first one left and changes nothing.
 */
class RestartTest {

  static final Path FOLDER = Path.of("target", "restart-test").toAbsolutePath();

  static EngineSnapshot afterFirstStart;
  static EngineSnapshot onSecondStart;
  static String instanceId;
  static ProcessInstance instanceAfterRestart;
  static Task taskAfterRestart;
  static Object assigneeAfterRestart;

  @BeforeAll
  static void startTwice() throws IOException {
    FileSystemUtils.deleteRecursively(FOLDER);
    String url = "jdbc:h2:file:" + FOLDER.resolve("dlm") + ";DB_CLOSE_ON_EXIT=FALSE";

    try (ConfigurableApplicationContext app = start(url)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      instanceId = engine.getRuntimeService()
          .startProcessInstanceByKey("foundation-smoke", "restart-check", Map.of("assignee", "lihua")).getId();
      afterFirstStart = EngineSnapshot.of(engine);
    }
    try (ConfigurableApplicationContext app = start(url)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      onSecondStart = EngineSnapshot.of(engine);
      instanceAfterRestart = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(instanceId).singleResult();
      taskAfterRestart = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
      assigneeAfterRestart = engine.getRuntimeService().getVariable(instanceId, "assignee");
    }
  }

  private static ConfigurableApplicationContext start(String databaseUrl) {
    return new SpringApplicationBuilder(DlmApplication.class)
        .run("--spring.profiles.active=demo,test", "--server.port=0", "--spring.datasource.url=" + databaseUrl);
  }

  @Test
  void demoDataIsCreatedOnce() {
    assertThat(afterFirstStart.users()).hasSize(10).anyMatch(u -> u.startsWith("lihua | 李华 | lihua@"));
    assertThat(afterFirstStart.groups()).hasSize(4);
    assertThat(afterFirstStart.filters()).hasSize(4);
    assertThat(afterFirstStart.deployments()).hasSize(1);

    assertThat(onSecondStart.users()).isEqualTo(afterFirstStart.users());
    assertThat(onSecondStart.groups()).isEqualTo(afterFirstStart.groups());
    assertThat(onSecondStart.memberships()).isEqualTo(afterFirstStart.memberships());
    assertThat(onSecondStart.authorizations()).isEqualTo(afterFirstStart.authorizations());
    assertThat(onSecondStart.filters()).isEqualTo(afterFirstStart.filters());
  }

  @Test
  void unchangedResourcesAreNotDeployedAgain() {
    assertThat(onSecondStart.deployments()).isEqualTo(afterFirstStart.deployments());
  }

  @Test
  void startedInstanceSurvivesTheRestart() {
    assertThat(instanceAfterRestart).isNotNull();
    assertThat(instanceAfterRestart.getBusinessKey()).isEqualTo("restart-check");
    assertThat(taskAfterRestart.getTaskDefinitionKey()).isEqualTo("checkDeployment");
    assertThat(taskAfterRestart.getAssignee()).isEqualTo("lihua");
    assertThat(assigneeAfterRestart).isEqualTo("lihua");
  }
}
