package cn.dlm.benchmark;

import static org.awaitility.Awaitility.await;

import cn.dlm.access.AccessModel;
import cn.dlm.cycle.CycleContract;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.JsonValues;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The office's season launch (年度部署) for the season's teams: the start form, then one completion of 确定参加班子
 * with the teams ticked (secretary and meeting day filled in), the cycles started by the job executor, one job per
 * team, and 查看发起结果 completed; more than 500 teams in parts, scoped by id prefix. Records how long the
 * completions took and how long until every cycle ran.
 */
final class SeasonLaunch {

  static final int MAX_TEAMS = FormInput.MAX_ROWS;

  record Timing(int teams, int parts, double submitMillis, double allStartedSeconds) {

    Map<String, Object> figures() {
      return Map.of("teams", teams, "parts", parts, "submitMillis", submitMillis, "allStartedSeconds",
          allStartedSeconds);
    }
  }

  private final ProcessEngine engine;
  private final String office;

  SeasonLaunch(ProcessEngine engine, String office) {
    this.engine = engine;
    this.office = office;
  }

  /**
   * Launches the teams' cycles as a city's office would: one launch per scope of at most {@link #MAX_TEAMS} teams
   * of the system, each scope a team-id prefix (班子编号开头为), one after the other. The times add up.
   */
  Timing launch(List<TeamCycle> cycles) {
    Map<String, TeamCycle> byTeam = cycles.stream().collect(Collectors.toMap(cycle -> cycle.team().id(),
        Function.identity()));
    List<String> allTeams = engine.getIdentityService().createGroupQuery().groupType(AccessModel.TEAM_GROUP_TYPE).list()
        .stream().map(Group::getId).toList();
    double submitMillis = 0;
    double allStartedSeconds = 0;
    List<String> scopes = idPrefixes(allTeams, byTeam.keySet());
    for (String prefix : scopes) {
      Timing part = launchPart(prefix, byTeam);
      submitMillis += part.submitMillis();
      allStartedSeconds += part.allStartedSeconds();
    }
    for (TeamCycle cycle : cycles) {
      cycle.launched(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CycleContract.PROCESS_KEY)
          .processInstanceBusinessKey(cycle.team().id() + "-" + SeasonPhases.YEAR).singleResult());
      if (cycle.cycle() == null) {
        throw new IllegalStateException("season launch did not start " + cycle.team().id());
      }
    }
    return new Timing(cycles.size(), scopes.size(), submitMillis, allStartedSeconds);
  }

  /**
   * Id prefixes covering every team to launch, each matching at most {@link #MAX_TEAMS} of the system's teams: the
   * empty prefix (every team) while the system is small enough, else split by one more character at a time.
   */
  static List<String> idPrefixes(List<String> allTeams, Collection<String> toLaunch) {
    List<String> prefixes = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>(List.of(""));
    while (!open.isEmpty()) {
      String prefix = open.pop();
      if (toLaunch.stream().noneMatch(id -> id.startsWith(prefix))) {
        continue;
      }
      List<String> matching = allTeams.stream().filter(id -> id.startsWith(prefix)).toList();
      if (matching.size() <= MAX_TEAMS) {
        prefixes.add(prefix);
        continue;
      }
      if (toLaunch.contains(prefix)) {
        throw new IllegalStateException("team " + prefix + " cannot be scoped apart from the teams its id begins");
      }
      matching.stream().filter(id -> id.length() > prefix.length()).map(id -> id.substring(0, prefix.length() + 1))
          .distinct().sorted(Comparator.reverseOrder()).forEach(open::push);
    }
    return prefixes;
  }

  private Timing launchPart(String idPrefix, Map<String, TeamCycle> byTeam) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("season-launch")
        .latestVersion().singleResult().getId();
    Map<String, Object> form = startForm();
    form.put("scopeIdPrefix", idPrefix);
    ProcessInstance season = asOffice(() -> engine.getFormService().submitStartForm(definition, form));
    Task select = task(season, "Task_SelectTeams");
    List<Map<String, Object>> rows = new ArrayList<>();
    int ticked = 0;
    for (Map<String, Object> proposed : FormInput.rows(engine.getTaskService().getVariable(select.getId(), "teams"),
        "teams")) {
      Map<String, Object> row = new HashMap<>(proposed);
      TeamCycle cycle = byTeam.get(FormInput.cell(row, "teamId"));
      row.put("selected", cycle != null);
      if (cycle != null) {
        row.put("secretary", cycle.team().secretary());
        row.put("meetingDate", SeasonPhases.MEETING.toString());
        ticked++;
      }
      rows.add(row);
    }

    long start = System.nanoTime();
    asOffice(() -> {
      engine.getFormService().submitTaskForm(select.getId(), Map.of("teams", JsonValues.json(rows)));
      return null;
    });
    double submitMillis = (System.nanoTime() - start) / 1e6;
    await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(50))
        .until(() -> {
          if (engine.getManagementService().createJobQuery().processInstanceId(season.getId()).withException()
              .count() > 0) {
            throw new IllegalStateException("a team's start failed in the season launch; see its job in Cockpit");
          }
          return task(season, "Task_ReviewResults") != null;
        });
    double allStartedSeconds = (System.nanoTime() - start) / 1e9;

    List<Map<String, Object>> results = FormInput.rows(engine.getRuntimeService().getVariable(season.getId(),
        "launchResults"), "results");
    if (results.size() != ticked || !results.stream().allMatch(r -> "已发起".equals(r.get("result")))) {
      throw new IllegalStateException("season launch (scope " + idPrefix + ") did not start every team: " + results);
    }
    Task review = task(season, "Task_ReviewResults");
    asOffice(() -> {
      engine.getFormService().submitTaskForm(review.getId(), Map.of());
      return null;
    });
    return new Timing(ticked, 1, submitMillis, allStartedSeconds);
  }

  private Map<String, Object> startForm() {
    Map<String, Object> form = new HashMap<>();
    form.put("year", SeasonPhases.YEAR);
    form.put("theme", SeasonPhases.YEAR + "年度民主生活会");
    form.put("areas", "理论学习、政治素质、能力本领、担当作为、工作作风、廉洁自律");
    form.put("supervisorGroup", AccessModel.SUPERVISORS_GROUP);
    form.put("windowStart", SeasonPhases.MEETING.toString());
    form.put("windowEnd", SeasonPhases.MEETING.toString());
    return form;
  }

  private Task task(ProcessInstance season, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(season.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private <T> T asOffice(Supplier<T> call) {
    engine.getIdentityService().setAuthentication(office, List.of(AccessModel.OFFICE_GROUP));
    try {
      return call.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
