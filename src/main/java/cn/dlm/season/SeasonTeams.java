package cn.dlm.season;

import cn.dlm.access.AccessModel;
import cn.dlm.cycle.CycleContract;
import cn.dlm.platform.Privileged;
import cn.dlm.platform.time.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The leadership teams (领导班子) of a season as the identity service knows them, with a proposal per team: its
 * secretary (书记) as in the team's cycle of the year before, if he or she is still in the team; its members, with
 * their names to choose by; the supervisors' group; a meeting date spread over the window's working days.
 */
@Component
class SeasonTeams {

  private final IdentityService identityService;
  private final HistoryService historyService;
  private final WorkingCalendar calendar;

  SeasonTeams(IdentityService identityService, HistoryService historyService, WorkingCalendar calendar) {
    this.identityService = identityService;
    this.historyService = historyService;
    this.calendar = calendar;
  }

  List<Group> all() {
    return identityService.createGroupQuery().groupType(AccessModel.TEAM_GROUP_TYPE).orderByGroupId().asc().list();
  }

  List<Group> in(SeasonScope scope) {
    return all().stream().filter(scope::covers).toList();
  }

  Group team(String teamId) {
    Group team = identityService.createGroupQuery().groupId(teamId).singleResult();
    return team != null && AccessModel.TEAM_GROUP_TYPE.equals(team.getType()) ? team : null;
  }

  List<String> memberIds(String teamId) {
    return members(teamId).stream().map(User::getId).toList();
  }

  private List<User> members(String teamId) {
    return identityService.createUserQuery().memberOfGroup(teamId).orderByUserId().asc().list();
  }

  boolean groupExists(String groupId) {
    return identityService.createGroupQuery().groupId(groupId).count() > 0;
  }

  /** One row per team for the form 确定参加班子; a team with a cycle of this year is not ticked. */
  List<Map<String, Object>> proposal(List<Group> teams, int year, String supervisorGroup, LocalDate windowStart,
      LocalDate windowEnd) {
    List<LocalDate> days = meetingDays(windowStart, windowEnd, teams.size());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < teams.size(); i++) {
      Group team = teams.get(i);
      List<User> people = members(team.getId());
      List<String> members = people.stream().map(User::getId).toList();
      String secretary = previousSecretary(team.getId(), year, members);
      boolean exists = Privileged.call(() -> CycleContract.cycleExists(historyService, CycleContract.businessKey(team.getId(), year)));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("selected", !exists);
      row.put("teamId", team.getId());
      row.put("teamName", team.getName());
      row.put("status", exists ? "本年度已发起，不会重复发起" : secretary.isEmpty() ? "请选择书记" : "待发起");
      row.put("secretary", secretary);
      row.put("members", members.stream().filter(m -> !m.equals(secretary)).toList());
      row.put("memberOptions", options(people));
      row.put("supervisorGroup", supervisorGroup);
      row.put("meetingDate", days.get(i).toString());
      rows.add(row);
    }
    return rows;
  }

  /**
   * The choices of the row's 书记 and 班子成员: each member's name in Chinese order as the label, the user id as the
   * value; a name two members share is followed by the id.
   */
  private static List<Map<String, String>> options(List<User> people) {
    Map<String, Long> named = new HashMap<>();
    people.forEach(person -> named.merge(nameOf(person), 1L, Long::sum));
    return people.stream().map(person -> {
      String name = nameOf(person);
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", named.get(name) > 1 ? name + "（" + person.getId() + "）" : name);
      option.put("value", person.getId());
      return option;
    }).toList();
  }

  private static String nameOf(User person) {
    String name = (Objects.toString(person.getLastName(), "") + Objects.toString(person.getFirstName(), "")).trim();
    return name.isEmpty() ? person.getId() : name;
  }

  /** {@code count} dates over the working days of the window, evenly, in order. */
  List<LocalDate> meetingDays(LocalDate from, LocalDate to, int count) {
    List<LocalDate> workingDays = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (calendar.isWorkingDay(day)) {
        workingDays.add(day);
      }
    }
    if (workingDays.isEmpty()) {
      workingDays.add(from);
    }
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      days.add(workingDays.get((int) ((long) i * workingDays.size() / count)));
    }
    return days;
  }

  private String previousSecretary(String teamId, int year, List<String> members) {
    return Privileged.call(() -> {
      HistoricProcessInstance previous = historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(CycleContract.PROCESS_KEY).processInstanceBusinessKey(CycleContract.businessKey(teamId, year - 1))
          .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
      if (previous == null) {
        return "";
      }
      HistoricVariableInstance secretary = historyService.createHistoricVariableInstanceQuery()
          .processInstanceId(previous.getId()).variableName(CycleContract.SECRETARY).list().stream().findFirst().orElse(null);
      Object value = secretary == null ? null : secretary.getValue();
      return value != null && members.contains(value.toString()) ? value.toString() : "";
    });
  }
}
