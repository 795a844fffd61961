package cn.dlm.platform.deployment;

import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DeploymentConfiguration {

  /** Replaces the starter's own (it backs off when this bean exists). */
  @Bean
  static CamundaDeploymentConfiguration camundaDeploymentConfiguration() {
    return new ProcessesDeploymentConfiguration();
  }
}
