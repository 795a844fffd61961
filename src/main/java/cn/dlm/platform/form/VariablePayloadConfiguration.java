package cn.dlm.platform.form;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link VariablePayloadFilter} on both engine REST APIs: /engine-rest and the webapps' engine API. */
@Configuration
class VariablePayloadConfiguration {

  @Bean
  FilterRegistrationBean<VariablePayloadFilter> variablePayloadFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    FilterRegistrationBean<VariablePayloadFilter> registration = new FilterRegistrationBean<>(new VariablePayloadFilter());
    registration.setName("variablePayloadFilter");
    registration.addUrlPatterns("/engine-rest/*", applicationPath + "/api/engine/*");
    registration.setOrder(30);
    return registration;
  }
}
