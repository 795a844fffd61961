package cn.dlm.roster;

import static cn.dlm.access.AccessModel.ADMIN_GROUP;
import static cn.dlm.access.AccessModel.OFFICE_GROUP;
import static cn.dlm.access.AccessModel.SUPERVISORS_GROUP;
import static cn.dlm.access.AccessModel.TEAM_GROUP_TYPE;

import cn.dlm.platform.Privileged;
import cn.dlm.access.IdentityUpdates;
import cn.dlm.password.PasswordMails;
import cn.dlm.robot.GroupRobots;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The roster import (人员名册导入): validates the whole file, compares it with the identity service
 * and, unless it is a dry run, applies the differences in one transaction. Nothing is ever deleted;
 * what the system has beyond the sheet is only reported. New users get a mail to set their password.
 */
@Component
class RosterImport {

  private static final int QUERY_CHUNK = 500;

  private final ProcessEngine engine;
  private final IdentityService identityService;
  private final IdentityUpdates identities;
  private final PasswordMails passwordMails;
  private final GroupRobots robots;

  RosterImport(ProcessEngine engine, IdentityUpdates identities, PasswordMails passwordMails, GroupRobots robots) {
    this.engine = engine;
    this.robots = robots;
    this.identityService = engine.getIdentityService();
    this.identities = identities;
    this.passwordMails = passwordMails;
  }

  /** The summary, or the errors when the file has any; nothing changes in a dry run or on an error. */
  Outcome run(List<RosterSheet> sheets, boolean dryRun, String by) {
    return Privileged.call(engine, () -> {
      RosterValidation.Result result = RosterValidation.validate(sheets, directory(), robots);
      if (!result.errors().isEmpty()) {
        return new Outcome(null, result.errors());
      }
      RosterPlan plan = plan(result.roster(), by);
      if (!dryRun) {
        plan.steps.forEach(Runnable::run);
        String importId = UUID.randomUUID().toString();
        plan.newUsers.forEach(userId -> passwordMails.welcome(userId, importId));
      }
      return new Outcome(RosterSummary.of(plan, dryRun), List.of());
    });
  }

  record Outcome(RosterSummary summary, List<RosterError> errors) {}

  private Directory directory() {
    Map<String, String> teams = new HashMap<>();
    Set<String> others = new HashSet<>();
    for (Group group : identityService.createGroupQuery().list()) {
      if (TEAM_GROUP_TYPE.equals(group.getType())) {
        teams.put(group.getId(), group.getName() == null ? group.getId() : group.getName());
      } else {
        others.add(group.getId());
      }
    }
    Set<String> administrators = identityService.createUserQuery().memberOfGroup(ADMIN_GROUP).list().stream()
        .map(User::getId).collect(Collectors.toSet());
    return new Directory(teams, others, administrators);
  }

  private RosterPlan plan(Roster roster, String by) {
    RosterPlan plan = new RosterPlan();
    Map<String, Group> existingTeams = identityService.createGroupQuery().groupType(TEAM_GROUP_TYPE).list().stream()
        .collect(Collectors.toMap(Group::getId, g -> g));
    Map<String, String> teamNames = new HashMap<>();
    existingTeams.forEach((id, group) -> teamNames.put(id, group.getName()));
    for (Roster.Team team : roster.teams()) {
      teamNames.put(team.id(), team.name());
      Group existing = existingTeams.get(team.id());
      if (existing == null) {
        plan.create(new RosterChange("班子", team.id(), "新建班子“" + team.name() + "”（" + team.kind() + "）"),
            () -> identities.ensureGroup(team.id(), team.name(), TEAM_GROUP_TYPE));
      } else if (!team.name().equals(existing.getName())) {
        plan.change(new RosterChange("班子", team.id(), "班子名称“" + existing.getName() + "”改为“" + team.name() + "”"),
            () -> {
              existing.setName(team.name());
              identityService.saveGroup(existing);
            });
      } else {
        plan.unchanged++;
      }
    }
    planRobots(plan, roster, by);
    teamNames.put(OFFICE_GROUP, "组织办");
    teamNames.put(SUPERVISORS_GROUP, "督导组");

    Map<String, User> users = existingUsers(roster.people().stream().map(Roster.Person::login).toList());
    for (Roster.Person person : roster.people()) {
      planPerson(plan, person, users.get(person.login()));
    }

    Set<String> touchedGroups = new LinkedHashSet<>();
    roster.groupsByLogin().values().forEach(touchedGroups::addAll);
    Map<String, Set<String>> membersOf = new HashMap<>();
    for (String groupId : touchedGroups) {
      boolean newTeam = !existingTeams.containsKey(groupId) && teamNames.containsKey(groupId)
          && !groupId.equals(OFFICE_GROUP) && !groupId.equals(SUPERVISORS_GROUP);
      membersOf.put(groupId, newTeam ? Set.of() : identityService.createUserQuery().memberOfGroup(groupId).list()
          .stream().map(User::getId).collect(Collectors.toSet()));
    }
    roster.groupsByLogin().forEach((login, groupIds) -> {
      for (String groupId : groupIds) {
        if (membersOf.get(groupId).contains(login)) {
          plan.unchanged++;
        } else {
          plan.create(new RosterChange("成员关系", login, "“" + login + "”加入“" + teamNames.get(groupId) + "”"),
              () -> identities.ensureMembership(login, groupId));
        }
      }
    });
    planSecretaries(plan, roster, membersOf, teamNames, users.keySet());
    reportNotInSheet(plan, roster, membersOf, existingTeams, teamNames);
    return plan;
  }

  /** A team's robot (群机器人) as the sheet gives it; an empty secret cell keeps a stored secret, no robot is removed. */
  private void planRobots(RosterPlan plan, Roster roster, String by) {
    for (Roster.Team team : roster.teams()) {
      if (!team.hasRobot()) {
        continue;
      }
      String secret = team.robotSecret().isEmpty() ? null : team.robotSecret();
      if (robots.isStored(team.id(), team.robotKind(), team.robotWebhook(), secret)) {
        plan.unchanged++;
        continue;
      }
      RosterChange change = new RosterChange("群机器人", team.id(), "“" + team.name() + "”的群机器人设为"
          + robots.preview(team.robotKind(), team.robotWebhook(), secret));
      Runnable step = () -> robots.set(team.id(), team.robotKind(), team.robotWebhook(), secret, by);
      if (robots.has(team.id())) {
        plan.change(change, step);
      } else {
        plan.create(change, step);
      }
    }
  }

  private void planPerson(RosterPlan plan, Roster.Person person, User existing) {
    ChineseName name = ChineseName.of(person.name());
    if (existing == null) {
      plan.create(new RosterChange("人员", person.login(), "新建用户" + person.name() + "（" + person.login() + "，"
          + person.email() + "）"), () -> {
            User user = identityService.newUser(person.login());
            user.setLastName(name.lastName());
            user.setFirstName(name.firstName());
            user.setEmail(person.email());
            // unguessable and never told to anyone: the user chooses a password through the mailed link
            user.setPassword(UnknownPassword.next());
            identityService.saveUser(user);
            if (!person.mobile().isEmpty()) {
              identityService.setUserInfo(person.login(), RosterUserInfo.MOBILE, person.mobile());
            }
          });
      plan.newUsers.add(person.login());
      return;
    }
    List<String> differences = new ArrayList<>();
    String currentName = ChineseName.display(existing.getLastName(), existing.getFirstName());
    if (!currentName.equals(person.name())) {
      differences.add("姓名“" + currentName + "”改为“" + person.name() + "”");
    }
    if (!person.email().equalsIgnoreCase(Objects.toString(existing.getEmail(), ""))) {
      differences.add("邮箱“" + Objects.toString(existing.getEmail(), "") + "”改为“" + person.email() + "”");
    }
    String currentMobile = identityService.getUserInfo(person.login(), RosterUserInfo.MOBILE);
    boolean mobileChanged = !person.mobile().isEmpty() && !person.mobile().equals(currentMobile);
    if (mobileChanged) {
      differences.add("手机改为“" + person.mobile() + "”");
    }
    if (differences.isEmpty()) {
      plan.unchanged++;
      return;
    }
    plan.change(new RosterChange("人员", person.login(), person.name() + "：" + String.join("；", differences)), () -> {
      if (!currentName.equals(person.name())) {
        existing.setLastName(name.lastName());
        existing.setFirstName(name.firstName());
      }
      existing.setEmail(person.email());
      identityService.saveUser(existing);
      if (mobileChanged) {
        identityService.setUserInfo(person.login(), RosterUserInfo.MOBILE, person.mobile());
      }
    });
  }

  private void planSecretaries(RosterPlan plan, Roster roster, Map<String, Set<String>> membersOf,
      Map<String, String> teamNames, Set<String> existingUsers) {
    Map<String, String> currentSecretaryOfTeam = new HashMap<>();
    for (String teamId : new HashSet<>(roster.secretaryOf().values())) {
      for (String member : membersOf.get(teamId)) {
        if (teamId.equals(identityService.getUserInfo(member, RosterUserInfo.SECRETARY_OF))) {
          currentSecretaryOfTeam.put(teamId, member);
        }
      }
    }
    roster.secretaryOf().forEach((login, teamId) -> {
      String current = existingUsers.contains(login)
          ? identityService.getUserInfo(login, RosterUserInfo.SECRETARY_OF) : null;
      if (teamId.equals(current)) {
        plan.unchanged++;
        return;
      }
      String previous = currentSecretaryOfTeam.get(teamId);
      String text = "“" + login + "”任“" + teamNames.get(teamId) + "”书记"
          + (previous != null ? "（原书记“" + previous + "”）" : "");
      Runnable step = () -> {
        // the previous secretary may have been named for another team by a step before this one
        if (previous != null && teamId.equals(identityService.getUserInfo(previous, RosterUserInfo.SECRETARY_OF))) {
          identityService.deleteUserInfo(previous, RosterUserInfo.SECRETARY_OF);
        }
        identityService.setUserInfo(login, RosterUserInfo.SECRETARY_OF, teamId);
      };
      if (previous == null && current == null) {
        plan.create(new RosterChange("书记", login, text), step);
      } else {
        plan.change(new RosterChange("书记", login, text), step);
      }
    });
  }

  private static void reportNotInSheet(RosterPlan plan, Roster roster, Map<String, Set<String>> membersOf,
      Map<String, Group> existingTeams, Map<String, String> teamNames) {
    Set<String> teamsInSheet = new HashSet<>(membersOf.keySet());
    roster.teams().forEach(t -> teamsInSheet.add(t.id()));
    existingTeams.keySet().stream().filter(id -> !teamsInSheet.contains(id)).sorted().forEach(id ->
        plan.notInSheet.add(new RosterChange("班子", id, "系统中的班子“" + teamNames.get(id) + "”未在名册中列出（保留，未删除）")));
    membersOf.forEach((groupId, members) -> members.stream()
        .filter(member -> !roster.groupsByLogin().getOrDefault(member, Set.of()).contains(groupId)).sorted()
        .forEach(member -> plan.notInSheet.add(new RosterChange("成员关系", member,
            "“" + member + "”在系统中属于“" + teamNames.get(groupId) + "”，但名册中未列出（保留，未删除）"))));
  }

  private Map<String, User> existingUsers(List<String> logins) {
    Map<String, User> users = new HashMap<>();
    for (int i = 0; i < logins.size(); i += QUERY_CHUNK) {
      String[] chunk = logins.subList(i, Math.min(logins.size(), i + QUERY_CHUNK)).toArray(String[]::new);
      identityService.createUserQuery().userIdIn(chunk).list().forEach(user -> users.put(user.getId(), user));
    }
    return users;
  }
}
