package cn.dlm.platform.form;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Lets a user's request change only what a form owns. Every command a logged-in user sends (through either REST
 * API, or our own /api) passes here before it runs; the engine's own work (jobs, listeners, commands nested in
 * another) runs without a user and is not checked.
 * <ul>
 * <li>Completing a task or submitting a task or start form: only the fields of that form, each with the kind of
 * value it sends; read-only fields are dropped, anything else refuses the whole submission.</li>
 * <li>Setting, changing or removing variables by any other way (task, execution and process-instance variables,
 * message correlation, signals, process-instance modification, case and batch commands): only staff (the
 * organizing office and administrators, what Cockpit needs).</li>
 * </ul>
 */
final class SubmissionGuard extends CommandInterceptor {

  private static final String REFUSED = "您无权直接修改流程数据，请通过任务表单提交。";

  private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
  private final ProcessEngineConfigurationImpl configuration;
  private final FormRegistry forms;
  private final Set<String> staffGroups;

  SubmissionGuard(ProcessEngineConfigurationImpl configuration, FormRegistry forms, Set<String> staffGroups) {
    this.configuration = configuration;
    this.forms = forms;
    this.staffGroups = staffGroups;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int level = depth.get();
    depth.set(level + 1);
    try {
      if (level == 0) {
        check(command);
      }
      return next.execute(command);
    } finally {
      if (level == 0) {
        depth.remove();
      } else {
        depth.set(level);
      }
    }
  }

  private void check(Command<?> command) {
    Authentication user = configuration.getIdentityService().getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return;
    }
    if (command instanceof CompleteTaskCmd complete) {
      Map<String, Object> variables = field(complete, CompleteTaskCmd.class, "variables");
      if (variables != null && !variables.isEmpty()) {
        set(complete, CompleteTaskCmd.class, "variables", accepted(forms.forTask(taskId(complete, CompleteTaskCmd.class)), variables));
      }
    } else if (command instanceof SubmitTaskFormCmd submit) {
      VariableMap properties = field(submit, SubmitTaskFormCmd.class, "properties");
      if (properties != null && !properties.isEmpty()) {
        set(submit, SubmitTaskFormCmd.class, "properties",
            Variables.fromMap(accepted(forms.forTask(taskId(submit, SubmitTaskFormCmd.class)), properties)));
      }
    } else if (command instanceof SubmitStartFormCmd start) {
      VariableMap variables = field(start, SubmitStartFormCmd.class, "variables");
      if (variables != null && !variables.isEmpty()) {
        String definitionId = field(start, SubmitStartFormCmd.class, "processDefinitionId");
        set(start, SubmitStartFormCmd.class, "variables", Variables.fromMap(accepted(forms.forStart(definitionId), variables)));
      }
    } else if (command instanceof StartProcessInstanceCmd start) {
      ProcessInstantiationBuilderImpl builder = field(start, StartProcessInstanceCmd.class, "instantiationBuilder");
      if (builder.getVariables() != null && !builder.getVariables().isEmpty() && !isStaff(user)) {
        throw new AuthorizationException(REFUSED);
      }
    } else if (changesVariables(command) && !isStaff(user)) {
      throw new AuthorizationException(REFUSED);
    }
  }

  private static Map<String, Object> accepted(FormFields form, Map<String, ?> submitted) {
    List<String> readOnly = SubmittedValues.check(form, submitted);
    Map<String, Object> accepted = new LinkedHashMap<>(submitted);
    readOnly.forEach(accepted::remove);
    return accepted;
  }

  private boolean isStaff(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(staffGroups::contains);
  }

  private static boolean changesVariables(Command<?> command) {
    String packageName = command.getClass().getPackageName();
    return command instanceof AbstractVariableCmd || command instanceof AbstractPatchVariablesCmd
        || command instanceof AbstractCorrelateMessageCmd || command instanceof ModifyProcessInstanceCmd
        || command instanceof AbstractModificationCmd || command instanceof SignalCmd
        || command instanceof SignalEventReceivedCmd || command instanceof MessageEventReceivedCmd
        || command instanceof HandleExternalTaskCmd
        || packageName.startsWith("org.camunda.bpm.engine.impl.cmmn.cmd")
        || packageName.startsWith("org.camunda.bpm.engine.impl.cmd.batch");
  }

  private static String taskId(Object command, Class<?> type) {
    String taskId = field(command, type, "taskId");
    if (taskId == null) {
      throw new InvalidSubmission("未指定任务。");
    }
    return taskId;
  }

  /** The engine's commands keep what they were given in protected fields, without getters. */
  @SuppressWarnings("unchecked")
  private static <V> V field(Object command, Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return (V) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda command " + type.getName() + " has no field " + name, e);
    }
  }

  private static void set(Object command, Class<?> type, String name, Object value) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      field.set(command, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda command " + type.getName() + " has no field " + name, e);
    }
  }
}
