package cn.dlm.intake;

import static cn.dlm.intake.IntakeContract.NOTICE;
import static cn.dlm.intake.IntakeContract.SEEN;
import static cn.dlm.intake.IntakeContract.STATE;
import static cn.dlm.intake.IntakeContract.TOKEN;
import static cn.dlm.platform.form.JsonValues.json;

import cn.dlm.cycle.CycleContract;
import cn.dlm.platform.Privileged;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.web.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Online opinion intake (网上征求意见) of a cycle: while the office's 汇总征求意见 task is open it may open a link with an
 * unguessable token, valid until the task's due date (the opinion deadline) or until it is closed (reopening revives
 * the same link, so that printed QR codes stay valid). Each opinion left
 * through the link becomes a row of that task's own opinion list with the channel 网上征求: the office edits, merges
 * or drops it there, and only what it submits is fed back to the members. Everything lives in the task's scope:
 * the token ({@value IntakeContract#TOKEN}), its state ({@value IntakeContract#STATE}), the form's notice
 * ({@value IntakeContract#NOTICE}) and the count of opinions received ({@value IntakeContract#SEEN}), which the form sends back so that a form opened before the latest opinions
 * arrived cannot silently drop them. An opinion is stored with its target, area and text only.
 */
@Component("onlineIntake")
public class OnlineIntake {

  static final String TASK_KEY = "Task_CollectOpinions";
  static final String OPINIONS = CycleContract.OPINIONS;
  static final String CHANNEL = "网上征求";
  static final String OPEN_LINK = "#dlm-intake-open/";
  static final String CLOSE_LINK = "#dlm-intake-close/";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int ATTEMPTS = 5;

  private final ProcessEngine engine;
  private final IntakeProperties properties;
  private final IntakeTexts texts;
  private final String baseUrl;
  private final EngineClock clock;

  OnlineIntake(ProcessEngine engine, IntakeProperties properties, IntakeTexts texts, EngineClock clock,
      @Value("${dlm.base-url}") String baseUrl) {
    this.clock = clock;
    this.engine = engine;
    this.properties = properties;
    this.texts = texts;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  /** What the form shows before the office opens the intake (an input parameter of 汇总征求意见). */
  public String notice(DelegateExecution execution) {
    return texts.closedNotice(execution.getProcessBusinessKey(), 0);
  }

  /** Opens the cycle's intake, or returns the open one: the caller has checked that the user is the office. */
  IntakeStatus open(String businessKey, String userId) {
    return Privileged.call(engine, () -> {
      Task task = collectionTask(businessKey);
      IntakeStatus current = status(businessKey, task);
      if (current.open()) {
        return current;
      }
      if (task.getDueDate() != null && !now().isBefore(task.getDueDate().toInstant())) {
        throw new ApiException(HttpStatus.CONFLICT, "征求意见的截止时间（" + texts.time(task.getDueDate())
            + "）已过，不能开启网上征求意见：请先在待办任务中调整“汇总征求意见”的截止时间。");
      }
      Map<String, Object> state = new LinkedHashMap<>();
      state.put("openedBy", userId);
      state.put("openedAt", now().toString());
      state.put("received", current.received());
      var runtime = engine.getRuntimeService();
      if (runtime.getVariableLocal(task.getExecutionId(), TOKEN) == null) {
        runtime.setVariableLocal(task.getExecutionId(), TOKEN, newToken());
      }
      runtime.setVariableLocal(task.getExecutionId(), STATE, json(state));
      IntakeStatus opened = status(businessKey, task);
      runtime.setVariableLocal(task.getExecutionId(), NOTICE, texts.openNotice(opened));
      return opened;
    });
  }

  IntakeStatus close(String businessKey) {
    return Privileged.call(engine, () -> {
      Task task = collectionTask(businessKey);
      Map<String, Object> state = state(task.getExecutionId());
      if (!state.isEmpty() && state.get("closedAt") == null) {
        state.put("closedAt", now().toString());
        engine.getRuntimeService().setVariableLocal(task.getExecutionId(), STATE, json(state));
      }
      IntakeStatus closed = status(businessKey, task);
      engine.getRuntimeService().setVariableLocal(task.getExecutionId(), NOTICE,
          texts.closedNotice(businessKey, closed.received()));
      return closed;
    });
  }

  IntakeStatus status(String businessKey) {
    return Privileged.call(engine, () -> status(businessKey, collectionTask(businessKey)));
  }

  /** The link's page content: the team, whom an opinion may concern, the areas; refused when closed or unknown. */
  IntakeForm form(String token) {
    return Privileged.call(engine, () -> formOf(openTask(token)));
  }

  private IntakeForm formOf(Task task) {
    var runtime = engine.getRuntimeService();
    String instance = task.getProcessInstanceId();
    List<IntakeForm.Option> targets = new ArrayList<>();
    for (JsonNode option : JsonValues.tree(runtime.getVariable(instance, CycleContract.TARGET_OPTIONS))) {
      targets.add(new IntakeForm.Option(option.path("value").asText(), option.path("label").asText()));
    }
    List<String> areas = new ArrayList<>();
    JsonValues.tree(runtime.getVariable(instance, CycleContract.AREAS)).forEach(area -> areas.add(area.asText()));
    Object year = runtime.getVariable(instance, CycleContract.YEAR);
    return new IntakeForm(String.valueOf(runtime.getVariable(instance, CycleContract.TEAM_NAME)),
        year == null ? "" : year.toString(), targets, areas, texts.time(task.getDueDate()), properties.maxText());
  }

  /** Adds one opinion, already checked for its size and form, as a row of the office's list. */
  void submit(String token, String target, String area, String text) {
    for (int attempt = 1; ; attempt++) {
      try {
        Privileged.call(engine, () -> {
          append(token, target, area, text);
          return null;
        });
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == ATTEMPTS) {
          throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "提交的人较多，请稍后再提交一次。");
        }
      }
    }
  }

  private void append(String token, String target, String area, String text) {
    Task task = openTask(token);
    var runtime = engine.getRuntimeService();
    String execution = task.getExecutionId();
    IntakeForm form = formOf(task);
    if (form.targets().stream().noneMatch(option -> option.value().equals(target))) {
      throw ApiException.badRequest("请选择意见对象：班子整体或班子中的一位成员。");
    }
    if (!area.isEmpty() && !form.areas().contains(area)) {
      throw ApiException.badRequest("请从列出的检视方面中选择，或不选。");
    }
    Map<String, Object> state = state(execution);
    int received = ((Number) state.getOrDefault("received", 0)).intValue();
    if (received >= properties.maxOpinions()) {
      throw new ApiException(HttpStatus.CONFLICT, "本次网上征求意见收到的意见已达上限，暂不能再提交，感谢您的参与。");
    }
    List<Object> rows = new ArrayList<>();
    for (JsonNode row : JsonValues.tree(runtime.getVariableLocal(execution, OPINIONS))) {
      if (!row.isObject() || !row.isEmpty()) {
        rows.add(row);
      }
    }
    Map<String, Object> opinion = new LinkedHashMap<>();
    opinion.put("channel", CHANNEL);
    opinion.put("target", target);
    opinion.put("area", area);
    opinion.put("text", text);
    rows.add(opinion);
    state.put("received", received + 1);
    runtime.setVariableLocal(execution, OPINIONS, json(rows));
    runtime.setVariableLocal(execution, STATE, json(state));
    runtime.setVariableLocal(execution, SEEN, (long) received + 1);
    String businessKey = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
    runtime.setVariableLocal(execution, NOTICE, texts.openNotice(status(businessKey, task)));
  }

  private Task openTask(String token) {
    VariableInstance variable = token == null || token.isBlank() ? null : engine.getRuntimeService()
        .createVariableInstanceQuery().variableValueEquals(TOKEN, token).singleResult();
    if (variable == null) {
      boolean known = token != null && !token.isBlank() && engine.getHistoryService()
          .createHistoricVariableInstanceQuery().variableValueEquals(TOKEN, token).count() > 0;
      throw known ? closed() : new ApiException(HttpStatus.NOT_FOUND,
          "链接无效：没有找到这次征求意见。请核对链接或重新扫描二维码。");
    }
    Task task = engine.getTaskService().createTaskQuery().executionId(variable.getExecutionId())
        .taskDefinitionKey(TASK_KEY).singleResult();
    if (task == null || state(variable.getExecutionId()).get("closedAt") != null || expired(task)) {
      throw closed();
    }
    return task;
  }

  private static ApiException closed() {
    return new ApiException(HttpStatus.GONE, "本次网上征求意见已结束，不再接收意见。感谢您的关注。");
  }

  private Task collectionTask(String businessKey) {
    Task task = engine.getTaskService().createTaskQuery().processDefinitionKey(CycleContract.PROCESS_KEY)
        .processInstanceBusinessKey(businessKey).taskDefinitionKey(TASK_KEY).singleResult();
    if (task != null) {
      return task;
    }
    boolean running = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CycleContract.PROCESS_KEY).processInstanceBusinessKey(businessKey).count() > 0;
    throw running
        ? new ApiException(HttpStatus.CONFLICT, "民主生活会“" + businessKey + "”当前不在“汇总征求意见”环节，网上征求意见只能在该环节开启。")
        : ApiException.notFound("未找到进行中的民主生活会“" + businessKey + "”。");
  }

  private IntakeStatus status(String businessKey, Task task) {
    Object token = engine.getRuntimeService().getVariableLocal(task.getExecutionId(), TOKEN);
    Map<String, Object> state = state(task.getExecutionId());
    int received = ((Number) state.getOrDefault("received", 0)).intValue();
    Date due = task.getDueDate();
    boolean open = token != null && state.get("closedAt") == null && !expired(task);
    String link = open ? baseUrl + "/intake/" + token : null;
    return new IntakeStatus(businessKey, open, link,
        open ? "/api/cycles/" + businessKey + "/intake/qr.png" : null, texts.time(due), received);
  }

  private boolean expired(Task task) {
    return task.getDueDate() != null && !now().isBefore(task.getDueDate().toInstant());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> state(String execution) {
    JsonNode node = JsonValues.tree(engine.getRuntimeService().getVariableLocal(execution, STATE));
    return node.isObject() ? JsonValues.MAPPER.convertValue(node, LinkedHashMap.class) : new LinkedHashMap<>();
  }

  private Instant now() {
    return clock.now();
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
