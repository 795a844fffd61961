package cn.dlm.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** The {@code mail-delivery} instances of one {@code mail-batch} still waiting for it, with their variables. */
@Component
class BatchMails {

  /** The receive task where a mail of a batch waits until its batch has prepared or sent it. */
  static final String AWAIT_BATCH = "awaitBatch";

  private final RuntimeService runtimeService;

  BatchMails(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  record Waiting(String id, String businessKey, Map<String, Object> variables) {}

  /** Each waiting mail of the batch with the named variables it has, read in two queries. */
  List<Waiting> waiting(String batchId, List<String> variableNames) {
    List<ProcessInstance> mails = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(NotificationContract.MAIL_PROCESS)
        .variableValueEquals(NotificationContract.MAIL_BATCH, batchId).activityIdIn(AWAIT_BATCH).list();
    if (mails.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> variables = new HashMap<>();
    runtimeService.createVariableInstanceQuery()
        .processInstanceIdIn(mails.stream().map(ProcessInstance::getId).toArray(String[]::new))
        .variableNameIn(variableNames.toArray(String[]::new)).list()
        .forEach(variable -> variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue()));
    return mails.stream().map(mail -> new Waiting(mail.getId(), mail.getBusinessKey(),
        variables.getOrDefault(mail.getId(), Map.of()))).toList();
  }
}
