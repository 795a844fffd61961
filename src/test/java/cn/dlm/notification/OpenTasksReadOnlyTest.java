package cn.dlm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.cycle.CycleDriver;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mail's job reads the tasks it is about while their owners work on them: the read must write nothing
 * back, or the job and the owner's completion collide (one of them fails, and a mail already sent is
 * sent again by the job's retry).
 */
class OpenTasksReadOnlyTest extends MailIntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired OpenTasks openTasks;

  private ProcessInstance cycle;

  @AfterEach
  void removeCycle() {
    if (cycle != null) {
      runtimeService.deleteProcessInstance(cycle.getId(), "test done", true, true);
    }
  }

  @Test
  void readingTheCyclesOpenTasksChangesNothing() {
    List<String> taskIds = openTasksOfACycleAtItsTalksAndMaterials();
    assertThat(taskIds).as("talks and materials open").hasSizeGreaterThan(10);
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    List<CachedDbEntity> read = configuration.getCommandExecutorTxRequired().execute(context -> {
      taskIds.forEach(id -> assertThat(openTasks.find(id)).isPresent());
      List<OpenTask> tasks = openTasks.find(taskIds);
      assertThat(tasks).hasSameSizeAs(taskIds);
      assertThat(tasks).allSatisfy(task -> assertThat(task.processVariables())
          .containsEntry("teamName", "某县人民政府党组").containsEntry("year", 2026).containsKey("secretary"));
      return context.getDbEntityManager().getDbEntityCache().getCachedEntities();
    });

    assertThat(read).as("entities the read would write back").noneMatch(CachedDbEntity::isDirty);
    assertThat(read).extracting(cached -> cached.getEntity().getClass().getSimpleName())
        .as("the executions the tasks belong to stay unread").doesNotContain("ExecutionEntity");
  }

  @Test
  void theSweepsReadOfEveryDueTaskLeavesNoEntityInTheCallersCommand() {
    openTasksOfACycleAtItsTalksAndMaterials();
    Date farFuture = Date.from(at(2099, 1, 1, 0, 0).toInstant());
    List<String> dueTaskIds = taskService.createTaskQuery().active().dueBefore(farFuture).list().stream()
        .map(Task::getId).toList();
    assertThat(dueTaskIds).as("talks and materials due").hasSizeGreaterThan(10);
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    List<CachedDbEntity> held = configuration.getCommandExecutorTxRequired().execute(context -> {
      List<OpenTask> due = openTasks.dueBefore(farFuture);
      assertThat(due).extracting(OpenTask::id).containsExactlyInAnyOrderElementsOf(dueTaskIds);
      assertThat(due).isSortedAccordingTo(Comparator.comparing(OpenTask::due));
      assertThat(due).allSatisfy(task -> assertThat(task.processVariables()).containsEntry("year", 2026));
      return context.getDbEntityManager().getDbEntityCache().getCachedEntities();
    });

    assertThat(held).as("entities the sweep's own command keeps until it ends").isEmpty();
  }

  @Test
  void readingManyTasksAtOnceSeesWhatReadingEachSees() {
    List<String> taskIds = openTasksOfACycleAtItsTalksAndMaterials();
    Task someTask = taskService.createTaskQuery().taskId(taskIds.get(0)).singleResult();
    taskService.addCandidateUser(someTask.getId(), "zhaoqiang");
    taskService.addCandidateGroup(someTask.getId(), "office");
    reminderRecords.save(Map.of(), Map.of(someTask.getId(), new ReminderRecord(null, 3, null, 0)));
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    configuration.getCommandExecutorTxRequired().execute(context -> {
      List<OpenTask> together = openTasks.find(taskIds);
      List<OpenTask> oneByOne = taskIds.stream().map(id -> openTasks.find(id).orElseThrow()).toList();
      assertThat(together).usingRecursiveFieldByFieldElementComparator().containsExactlyInAnyOrderElementsOf(oneByOne);
      openTasks.readingAhead(taskIds, () -> {
        assertThat(openTasks.find(taskIds)).as("read ahead").usingRecursiveFieldByFieldElementComparator()
            .containsExactlyElementsOf(together);
        assertThat(openTasks.find(someTask.getId()).orElseThrow()).usingRecursiveComparison()
            .isEqualTo(oneByOne.stream().filter(task -> task.id().equals(someTask.getId())).findFirst().orElseThrow());
      });
      assertThat(together).filteredOn(task -> task.id().equals(someTask.getId())).singleElement().satisfies(task -> {
        assertThat(task.candidateUsers()).contains("zhaoqiang");
        assertThat(task.candidateGroups()).contains("office");
        assertThat(task.record().reminderCount()).isEqualTo(3);
      });
      return null;
    });
  }

  /** A cycle driven up to its talks and materials, the moment of most open tasks; their ids. */
  private List<String> openTasksOfACycleAtItsTalksAndMaterials() {
    LocalDate today = LocalDate.of(2026, 11, 2);
    setClock(at(2026, 11, 2, 10, 0));
    CycleDriver driver = new CycleDriver(engine, today);
    cycle = driver.start(driver.startForm(2026, today.plusDays(40)));
    driver.recordStudy(cycle);
    driver.collectOpinions(cycle);
    driver.acknowledgeOpinions(cycle);
    return taskService.createTaskQuery().active().list().stream().map(Task::getId).toList();
  }
}
