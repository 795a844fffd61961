package cn.dlm.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bare-engine baseline, in a JVM of the bare Camunda app: the season's number of user-task
 * completions, each on its own instance of a one-task process without any listener, done the same way
 * (find the task, complete it as its assignee with a form variable).
 */
public final class BaselineRun {

  static final String PROCESS_KEY = "bare-one-task";
  static final int WARM_UP = 200;

  private BaselineRun() {}

  public static void main(String[] args) {
    ProcessMemory memory = ProcessMemory.sample();
    Database database = Database.fromSystemProperties();
    int completions = Integer.getInteger("dlm.bench.completions");
    List<String> appArgs = new ArrayList<>(database.datasourceArguments());
    appArgs.add(BareCamundaApplication.CONFIG);
    appArgs.add("--server.port=0");
    ConfigurableApplicationContext app = new SpringApplicationBuilder(BareCamundaApplication.class)
        .run(appArgs.toArray(String[]::new));
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    engine.getRepositoryService().createDeployment().name(PROCESS_KEY)
        .addModelInstance(PROCESS_KEY + ".bpmn", oneTask()).deploy();

    completeOneTaskInstances(engine, WARM_UP);
    long start = System.nanoTime();
    long cpuStart = ProcessCpu.nanos();
    completeOneTaskInstances(engine, completions);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (ProcessCpu.nanos() - cpuStart) / 1e9;

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("completions", completions);
    figures.put("seconds", seconds);
    figures.put("cpuSeconds", cpuSeconds);
    figures.put("storedRows", StoredRows.count(app.getBean(DataSource.class)));
    figures.put("tasksFinished", engine.getHistoryService().createHistoricTaskInstanceQuery().finished().count());
    figures.put("heapPeakMb", memory.peakHeapUsedMb());
    figures.put("rssPeakMb", ProcessMemory.peakRssMb());
    Output.emit(figures);
    app.close();
    System.exit(0);
  }

  private static void completeOneTaskInstances(ProcessEngine engine, int count) {
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    IdentityService identity = engine.getIdentityService();
    for (int i = 0; i < count; i++) {
      String assignee = "user" + (i % 800);
      ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, Map.of("assignee", assignee));
      Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      identity.setAuthentication(assignee, List.of("team"));
      try {
        tasks.complete(task.getId(), Map.of("note", "已办理"));
      } finally {
        identity.clearAuthentication();
      }
    }
  }

  private static BpmnModelInstance oneTask() {
    return Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(180)
        .startEvent()
        .userTask("Task_Do").camundaAssignee("${assignee}")
        .endEvent()
        .done();
  }
}
