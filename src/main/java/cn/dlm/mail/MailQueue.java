package cn.dlm.mail;

import java.util.ArrayList;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Queues a mail by starting a {@code mail-delivery} instance whose sending step is an async job.
 * Called inside an engine command, the job belongs to that command's transaction: it exists only
 * if the decision that asked for the mail commits, and it runs only after that commit.
 */
@Component
public class MailQueue {

  public static final String PROCESS_KEY = "mail-delivery";

  static final String KIND = "mailKind";
  static final String RECIPIENT = "recipient";
  static final String TASK_IDS = "taskIds";
  static final String DECISION_ID = "decisionId";
  static final String REQUESTED_AT = "requestedAt";

  private final ProcessEngine engine;

  public MailQueue(ProcessEngine engine) {
    this.engine = engine;
  }

  public void enqueue(MailRequest request) {
    Map<String, Object> variables = Variables.createVariables()
        .putValue(KIND, request.kind())
        .putValue(RECIPIENT, request.recipient())
        .putValueTyped(TASK_IDS, Variables.objectValue(new ArrayList<>(request.taskIds()))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create())
        .putValue(DECISION_ID, request.decisionId())
        .putValue(REQUESTED_AT, request.requestedAt());
    // The user whose action created a task may not start processes; queueing mail is the system's doing.
    configuration().getCommandExecutorTxRequired().execute(commandContext ->
        commandContext.runWithoutAuthorization(() -> engine.getRuntimeService()
            .createProcessInstanceByKey(PROCESS_KEY)
            .businessKey(request.key())
            .setVariables(variables)
            .execute()));
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
