package cn.dlm.platform.form;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;

/**
 * The fields of the form each task and start event shows, read from the deployed {@code .form} file and kept per
 * process definition (a deployment never changes). Lookups run without the caller's authorization checks: a
 * request for a task the user may not see is then refused by the engine itself.
 */
final class FormRegistry {

  private final ProcessEngineConfigurationImpl configuration;
  private final Map<String, FormFields> cache = new ConcurrentHashMap<>();

  FormRegistry(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  FormFields forTask(String taskId) {
    Task task = privileged(() -> configuration.getTaskService().createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      return FormFields.NONE;
    }
    return cache.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> read(() -> configuration.getFormService().getDeployedTaskForm(taskId)));
  }

  FormFields forStart(String processDefinitionId) {
    return cache.computeIfAbsent(processDefinitionId + "#start",
        key -> read(() -> configuration.getFormService().getDeployedStartForm(processDefinitionId)));
  }

  private FormFields read(Supplier<InputStream> form) {
    return privileged(() -> {
      try {
        return FormFields.read(form.get());
      } catch (ProcessEngineException e) {
        return FormFields.NONE;
      } catch (IOException e) {
        throw new IllegalStateException("A deployed form cannot be read", e);
      }
    });
  }

  private <T> T privileged(Supplier<T> query) {
    return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(query::get));
  }
}
