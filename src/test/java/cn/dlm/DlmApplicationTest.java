package cn.dlm;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.support.SessionClient;
import cn.dlm.support.WebAppTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WebAppTest
class DlmApplicationTest {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;

  @Test
  void contextStartsWithASecuredEngine() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(engine.getName()).isEqualTo("default");
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isEnablePasswordPolicy()).isTrue();
    assertThat(identityService.checkPasswordAgainstPolicy(SessionClient.DEMO_PASSWORD).isValid()).isTrue();
    assertThat(identityService.checkPasswordAgainstPolicy("dlm2026").isValid()).isFalse();
  }

  @Test
  void processesFolderDeploysBpmnAndCamundaForms() throws IOException {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("foundation-smoke").latestVersion().singleResult();
    assertThat(definition).isNotNull();
    assertThat(repositoryService.getDeploymentResourceNames(definition.getDeploymentId()))
        .contains("processes/foundation-smoke.bpmn", "processes/foundation-smoke.form");

    String instanceId = runtimeService
        .startProcessInstanceByKey("foundation-smoke", Map.of("assignee", "lihua")).getId();
    Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"foundation-smoke-form\"");
    }
  }
}
