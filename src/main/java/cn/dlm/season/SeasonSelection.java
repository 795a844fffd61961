package cn.dlm.season;

import static cn.dlm.platform.form.JsonValues.json;

import cn.dlm.cycle.CycleContract;
import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.time.EngineClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * 确定参加班子: checks every ticked team as a single start would (team, secretary and members in it, supervisors'
 * group, meeting date) and lists every mistake by row; the accepted rows become {@code launchTeams}, one cycle each.
 */
@Component("seasonSelection")
class SeasonSelection extends FormCheck {

  private static final int MAX_LISTED_MISTAKES = 20;

  private final EngineClock clock;
  private final SeasonTeams teams;

  SeasonSelection(EngineClock clock, SeasonTeams teams) {
    this.clock = clock;
    this.teams = teams;
  }

  @Override
  protected void check(FormInput input, DelegateExecution execution) {
    int year = ((Number) execution.getVariable(SeasonContract.YEAR)).intValue();
    String defaultSupervisors = (String) execution.getVariable(CycleContract.SUPERVISOR_GROUP);
    List<Map<String, Object>> rows = input.rows(SeasonContract.TEAMS, "领导班子");
    List<Map<String, Object>> launch = new ArrayList<>();
    List<String> mistakes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      if (!Boolean.TRUE.equals(row.get("selected")) || !seen.add(FormInput.cell(row, "teamId"))) {
        continue;
      }
      List<String> rowMistakes = new ArrayList<>();
      int rowNumber = i + 1;
      Map<String, Object> team = team(row, year, defaultSupervisors, rowMistakes);
      String name = FormInput.cell(row, "teamName").isEmpty() ? FormInput.cell(row, "teamId") : FormInput.cell(row, "teamName");
      rowMistakes.forEach(mistake -> mistakes.add("第 " + (rowNumber) + " 行（" + name + "）：" + mistake));
      if (rowMistakes.isEmpty()) {
        launch.add(team);
      }
    }
    if (!mistakes.isEmpty()) {
      String listed = String.join("；", mistakes.subList(0, Math.min(mistakes.size(), MAX_LISTED_MISTAKES)));
      throw new InvalidSubmission("以下班子的信息有误，请修改或取消勾选后再提交：" + listed
          + (mistakes.size() > MAX_LISTED_MISTAKES ? "；另有 " + (mistakes.size() - MAX_LISTED_MISTAKES) + " 处。" : "。"));
    }
    if (launch.isEmpty()) {
      throw new InvalidSubmission("请至少勾选一个班子。");
    }
    execution.setVariable(SeasonContract.LAUNCH_TEAMS, json(launch));
    execution.setVariable(SeasonContract.LAUNCH_RESULTS, json(List.of()));
    execution.setVariable(SeasonContract.LAUNCH_SUMMARY, "正在发起 " + launch.size() + " 个班子的民主生活会……");
  }

  private Map<String, Object> team(Map<String, Object> row, int year, String defaultSupervisors, List<String> mistakes) {
    Group team = teams.team(FormInput.cell(row, "teamId"));
    if (team == null) {
      mistakes.add("未找到该班子");
      return null;
    }
    List<String> inTeam = teams.memberIds(team.getId());
    String secretary = FormInput.cell(row, "secretary");
    if (secretary.isEmpty()) {
      mistakes.add("请填写书记");
    } else if (!inTeam.contains(secretary)) {
      mistakes.add("书记“" + secretary + "”不是该班子的成员");
    }
    List<String> members = new ArrayList<>(new LinkedHashSet<>(FormInput.strings(row.get("members"), "班子成员")));
    if (members.isEmpty()) {
      members.addAll(inTeam);
    }
    members.remove(secretary);
    members.stream().filter(member -> !inTeam.contains(member))
        .forEach(member -> mistakes.add("成员“" + member + "”不是该班子的成员"));
    if (members.isEmpty()) {
      mistakes.add("班子成员不能为空");
    } else if (members.size() > 50) {
      mistakes.add("班子成员最多 50 人");
    }
    String supervisors = FormInput.cell(row, "supervisorGroup");
    supervisors = supervisors.isEmpty() ? defaultSupervisors : supervisors;
    if (!teams.groupExists(supervisors)) {
      mistakes.add("未找到督导组“" + supervisors + "”");
    }
    LocalDate meetingDay = meetingDay(FormInput.cell(row, "meetingDate"), year, mistakes);
    Map<String, Object> accepted = new LinkedHashMap<>();
    accepted.put("teamId", team.getId());
    accepted.put("teamName", team.getName());
    accepted.put("secretary", secretary);
    accepted.put("members", members);
    accepted.put("supervisorGroup", supervisors);
    accepted.put("meetingDate", meetingDay == null ? "" : meetingDay.toString());
    return accepted;
  }

  private LocalDate meetingDay(String text, int year, List<String> mistakes) {
    if (text.isEmpty()) {
      mistakes.add("请填写计划会议日期");
      return null;
    }
    LocalDate day;
    try {
      day = FormInput.parseDate(text, "计划会议日期");
    } catch (InvalidSubmission e) {
      mistakes.add("计划会议日期不是有效日期（年-月-日）");
      return null;
    }
    LocalDate today = clock.today();
    if (day.isBefore(today)) {
      mistakes.add("计划会议日期 " + day + " 早于今天");
    } else if (day.getYear() < year || day.getYear() > year + 1) {
      mistakes.add("计划会议日期应在 " + year + " 年或 " + (year + 1) + " 年");
    }
    return day;
  }
}
