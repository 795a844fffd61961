package cn.dlm.platform.form;

import cn.dlm.platform.engine.EnginePlugin;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Puts {@link SubmissionGuard} in front of every command the engine runs. */
@Component
class SubmissionGuardPlugin extends EnginePlugin {

  private final Set<String> staffGroups;

  SubmissionGuardPlugin(@Value("${dlm.forms.staff-groups:organizing-office,camunda-admin}") Set<String> staffGroups) {
    this.staffGroups = staffGroups;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    SubmissionGuard guard = new SubmissionGuard(configuration, new FormRegistry(configuration), staffGroups);
    addCommandInterceptor(configuration, guard);
  }
}
