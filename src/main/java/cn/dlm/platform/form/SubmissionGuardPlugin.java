package cn.dlm.platform.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Puts {@link SubmissionGuard} in front of every command the engine runs. */
@Component
class SubmissionGuardPlugin extends AbstractProcessEnginePlugin {

  private final Set<String> staffGroups;

  SubmissionGuardPlugin(@Value("${dlm.forms.staff-groups:organizing-office,camunda-admin}") Set<String> staffGroups) {
    this.staffGroups = staffGroups;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    SubmissionGuard guard = new SubmissionGuard(configuration, new FormRegistry(configuration), staffGroups);
    configuration.setCustomPreCommandInterceptorsTxRequired(with(configuration.getCustomPreCommandInterceptorsTxRequired(), guard));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor guard) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(guard);
    return interceptors;
  }
}
