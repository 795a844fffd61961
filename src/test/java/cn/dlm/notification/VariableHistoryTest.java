package cn.dlm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * History keeps every value a cycle's process variable had, and only the latest value of task-local
 * variables and of a mail's own variables (cn.dlm.platform.engine.ChangeLogHistoryEventHandler).
 */
class VariableHistoryTest extends MailIntegrationTest {

  @Test
  void processVariablesKeepTheirChangeLogTaskLocalAndMailVariablesTheirLatestValue() {
    Task task = startAssigned("lihua", "撰写个人对照检查材料", at(2026, 11, 3, 17, 0));
    String instance = task.getProcessInstanceId();
    runtimeService.setVariable(instance, "description", "第二稿");
    runtimeService.setVariable(instance, "description", "第三稿");

    assertThat(details(instance, "description"))
        .extracting(HistoricVariableUpdate::getValue).containsExactlyInAnyOrder("请按要求办理。", "第二稿", "第三稿");

    HistoricVariableInstance column = historyService.createHistoricVariableInstanceQuery().taskIdIn(task.getId())
        .variableName("teamName").singleResult();
    assertThat(column.getValue()).as("the Tasklist column, task-local").isEqualTo(TEAM);
    assertThat(historyService.createHistoricDetailQuery().taskId(task.getId()).variableUpdates().count())
        .as("no change log for task-local variables").isZero();

    deliverQueuedMail();
    String delivery = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(NotificationContract.MAIL_PROCESS)
        .processInstanceBusinessKeyLike("new-task." + task.getId() + ".%").singleResult().getId();
    Map<String, Object> mailVariables = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(delivery).list()
        .forEach(variable -> mailVariables.put(variable.getName(), variable.getValue()));
    assertThat(mailVariables).containsEntry("recipient", "lihua").containsEntry("mailKind", "new-task")
        .containsEntry("taskIds", task.getId()).containsKeys("requestedAt", "messageId")
        .containsEntry("outcome", "已发送：【新待办】撰写个人对照检查材料");
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(delivery).count())
        .as("a mail's variables are written once: no change log").isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  private List<HistoricVariableUpdate> details(String processInstanceId, String variableName) {
    List<HistoricDetail> all = historyService.createHistoricDetailQuery().processInstanceId(processInstanceId)
        .variableUpdates().list();
    return all.stream().map(HistoricVariableUpdate.class::cast)
        .filter(update -> update.getVariableName().equals(variableName)).toList();
  }
}
