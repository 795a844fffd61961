package cn.dlm.season;

import static cn.dlm.platform.form.JsonValues.json;

import cn.dlm.cycle.CycleContract;
import cn.dlm.platform.Privileged;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.form.JsonValues;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 发起各班子民主生活会, one job per team: starts the team's cycle through its own start event — with the checks of
 * a single start — unless the team already has a cycle of the year, and records the outcome in
 * {@code launchResults}. A start the cycle refuses fails the job: retried, then an incident naming the team.
 */
@Component("seasonCycleLaunch")
public class SeasonCycleLaunch implements JavaDelegate {

  static final String STARTED = "已发起";
  static final String EXISTING = "本年度已有民主生活会，未重复发起";

  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  SeasonCycleLaunch(RuntimeService runtimeService, HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  /** The ticked teams, the collection of the multi-instance task. */
  public List<String> teamIds(DelegateExecution execution) {
    List<String> ids = new ArrayList<>();
    launchTeams(execution).forEach(team -> ids.add(team.path("teamId").asText()));
    return ids;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String teamId = (String) execution.getVariable(SeasonContract.LAUNCH_TEAM_ID);
    JsonNode team = null;
    for (JsonNode candidate : launchTeams(execution)) {
      if (candidate.path("teamId").asText().equals(teamId)) {
        team = candidate;
      }
    }
    if (team == null) {
      throw new ProcessEngineException("班子“" + teamId + "”不在本次部署的名单中。");
    }
    int year = ((Number) execution.getVariable(SeasonContract.YEAR)).intValue();
    String businessKey = CycleContract.businessKey(teamId, year);
    String result;
    if (Privileged.call(() -> CycleContract.cycleExists(historyService, businessKey))) {
      result = EXISTING;
    } else {
      start(execution, team, year);
      result = STARTED;
    }
    record(execution, team, businessKey, result);
  }

  private void start(DelegateExecution execution, JsonNode team, int year) {
    Map<String, Object> form = new HashMap<>();
    form.put(CycleContract.YEAR, year);
    form.put(CycleContract.THEME, execution.getVariable(CycleContract.THEME));
    form.put(CycleContract.TEAM_ID, team.path("teamId").asText());
    form.put(CycleContract.SECRETARY, team.path("secretary").asText());
    List<String> members = new ArrayList<>();
    team.path("members").forEach(member -> members.add(member.asText()));
    form.put(CycleContract.MEMBERS, String.join(",", members));
    form.put(CycleContract.SUPERVISOR_GROUP, team.path("supervisorGroup").asText());
    form.put(CycleContract.MEETING_DATE, team.path("meetingDate").asText());
    form.put(CycleContract.AREAS, String.join("、", FormInput.of(execution).strings(CycleContract.AREAS)));
    SeasonStart.OFFSET_FIELDS.forEach(field -> {
      Object days = execution.getVariable(field);
      if (days != null) {
        form.put(field, days);
      }
    });
    try {
      runtimeService.startProcessInstanceByKey(CycleContract.PROCESS_KEY, form);
    } catch (InvalidSubmission refused) {
      throw new ProcessEngineException(team.path("teamName").asText() + "未能发起：" + refused.getMessage(), refused);
    }
  }

  private static void record(DelegateExecution execution, JsonNode team, String businessKey, String result) {
    List<Map<String, Object>> results = new ArrayList<>(FormInput.rows(execution.getVariable(SeasonContract.LAUNCH_RESULTS), "发起结果"));
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("teamId", team.path("teamId").asText());
    row.put("teamName", team.path("teamName").asText());
    row.put("businessKey", businessKey);
    row.put("meetingDate", team.path("meetingDate").asText());
    row.put("result", result);
    results.add(row);
    long started = results.stream().filter(r -> STARTED.equals(r.get("result"))).count();
    execution.setVariable(SeasonContract.LAUNCH_RESULTS, json(results));
    execution.setVariable(SeasonContract.LAUNCH_SUMMARY, "已发起 " + started + " 个，已有本年度民主生活会未重复发起 "
        + (results.size() - started) + " 个，共 " + launchTeams(execution).size() + " 个班子。");
  }

  private static JsonNode launchTeams(DelegateExecution execution) {
    return JsonValues.tree(execution.getVariable(SeasonContract.LAUNCH_TEAMS));
  }
}
