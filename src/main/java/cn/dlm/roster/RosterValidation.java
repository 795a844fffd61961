package cn.dlm.roster;

import static cn.dlm.roster.RosterColumns.LOGIN;
import static cn.dlm.roster.RosterColumns.MAIL;
import static cn.dlm.roster.RosterColumns.MOBILE;
import static cn.dlm.roster.RosterColumns.NAME;
import static cn.dlm.roster.RosterColumns.OFFICE;
import static cn.dlm.roster.RosterColumns.ROBOT_KIND;
import static cn.dlm.roster.RosterColumns.ROBOT_SECRET;
import static cn.dlm.roster.RosterColumns.ROBOT_WEBHOOK;
import static cn.dlm.roster.RosterColumns.ROLE;
import static cn.dlm.roster.RosterColumns.SECRETARY;
import static cn.dlm.roster.RosterColumns.SUPERVISOR;
import static cn.dlm.roster.RosterColumns.TEAM;
import static cn.dlm.roster.RosterColumns.TEAM_ID;
import static cn.dlm.roster.RosterColumns.TEAM_KIND;
import static cn.dlm.roster.RosterColumns.TEAM_NAME;

import cn.dlm.access.AccessModel;
import cn.dlm.robot.GroupRobots;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a whole roster before anything changes and lists every problem with its sheet, row and
 * column. Ids follow the engine's whitelist ({@code generalResourceWhitelistPattern}).
 */
final class RosterValidation {

  private static final Pattern ID = Pattern.compile("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");
  private static final int MAX_ID = 64;
  private static final Pattern MAIL_ADDRESS =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern MOBILE_NUMBER = Pattern.compile("1[3-9]\\d{9}");

  private final Directory directory;
  private final GroupRobots robots;
  private final List<RosterError> errors = new ArrayList<>();
  private final Map<String, Roster.Team> teamsById = new LinkedHashMap<>();
  private final Map<String, String> teamIdsByName = new HashMap<>();
  private final Map<String, String> systemTeamIdByName = new HashMap<>();
  private final Map<String, Roster.Person> people = new LinkedHashMap<>();
  private final Map<String, SheetRow> firstRowOfLogin = new HashMap<>();
  private final Map<String, String> loginOfMail = new HashMap<>();
  private final Map<String, Set<String>> groups = new LinkedHashMap<>();
  private final Map<String, SheetRow> rowOfAssignment = new HashMap<>();
  private final Map<String, String> secretaryOf = new LinkedHashMap<>();
  private final Map<String, String> secretaryOfTeam = new HashMap<>();
  private final Map<String, SheetRow> rowOfSecretary = new HashMap<>();

  private RosterValidation(Directory directory, GroupRobots robots) {
    this.directory = directory;
    this.robots = robots;
    directory.teams().forEach((id, name) -> teamIdsByName.putIfAbsent(name, id));
    systemTeamIdByName.putAll(teamIdsByName);
  }

  /** The roster, or the complete list of problems when there is any. */
  static Result validate(List<RosterSheet> sheets, Directory directory, GroupRobots robots) {
    RosterValidation validation = new RosterValidation(directory, robots);
    sheets.stream().filter(s -> s.name().equals(RosterColumns.TEAMS_SHEET)).forEach(validation::teams);
    sheets.stream().filter(s -> s.name().equals(RosterColumns.PEOPLE_SHEET)).forEach(validation::people);
    if (!validation.errors.isEmpty()) {
      return new Result(null, List.copyOf(validation.errors));
    }
    return new Result(new Roster(List.copyOf(validation.teamsById.values()), List.copyOf(validation.people.values()),
        validation.groups, validation.secretaryOf), List.of());
  }

  record Result(Roster roster, List<RosterError> errors) {}

  private void teams(RosterSheet sheet) {
    if (!hasHeaders(sheet, RosterColumns.TEAM_HEADERS)) {
      return;
    }
    Map<String, SheetRow> rowOfName = new HashMap<>();
    for (SheetRow row : sheet.rows()) {
      String id = row.get(TEAM_ID);
      String name = row.get(TEAM_NAME);
      String kind = row.get(TEAM_KIND);
      boolean valid = checkId(row, TEAM_ID, id, "班子编号");
      if (name.isEmpty()) {
        row(row, TEAM_NAME, "班子名称不能为空。");
        valid = false;
      }
      if (kind.isEmpty()) {
        row(row, TEAM_KIND, "类型不能为空，应为" + String.join("、", RosterColumns.TEAM_KINDS) + "之一。");
        valid = false;
      } else if (!RosterColumns.TEAM_KINDS.contains(kind)) {
        row(row, TEAM_KIND, "类型“" + kind + "”无效，应为" + String.join("、", RosterColumns.TEAM_KINDS) + "之一。");
        valid = false;
      }
      if (!id.isEmpty() && teamsById.containsKey(id)) {
        row(row, TEAM_ID, "班子编号“" + id + "”重复，已在本表前面出现。");
        valid = false;
      } else if (directory.otherGroups().contains(id)) {
        row(row, TEAM_ID, "编号“" + id + "”已被系统中的其他用户组（非领导班子）使用，请换一个编号。");
        valid = false;
      }
      if (!name.isEmpty() && rowOfName.containsKey(name)) {
        row(row, TEAM_NAME, "班子名称“" + name + "”重复，已在第 " + rowOfName.get(name).row() + " 行出现。");
        valid = false;
      } else if (!name.isEmpty()) {
        rowOfName.put(name, row);
        String existing = systemTeamIdByName.get(name);
        if (existing != null && !existing.equals(id)) {
          row(row, TEAM_NAME, "系统中已有名为“" + name + "”的班子，编号为“" + existing + "”，请使用该编号。");
          valid = false;
        }
      }
      valid &= checkRobot(row);
      if (valid) {
        teamsById.put(id, new Roster.Team(id, name, kind, row.get(ROBOT_KIND), row.get(ROBOT_WEBHOOK),
            row.get(ROBOT_SECRET)));
        teamIdsByName.put(name, id);
      }
    }
  }

  /** The optional robot columns: empty, or a product and an address (and for DingTalk perhaps a secret). */
  private boolean checkRobot(SheetRow row) {
    String kind = row.get(ROBOT_KIND);
    String webhook = row.get(ROBOT_WEBHOOK);
    String secret = row.get(ROBOT_SECRET);
    if (kind.isEmpty() && webhook.isEmpty() && secret.isEmpty()) {
      return true;
    }
    if (kind.isEmpty()) {
      row(row, ROBOT_KIND, "填写了群机器人地址或密钥时，请选择群机器人类型（" + String.join("、", RosterColumns.ROBOT_KINDS) + "）。");
      return false;
    }
    boolean valid = true;
    for (var problem : List.of(robots.kindProblem(kind).map(text -> List.of(ROBOT_KIND, text)),
        robots.webhookProblem(kind, webhook).map(text -> List.of(ROBOT_WEBHOOK, text)),
        robots.secretProblem(kind, secret).map(text -> List.of(ROBOT_SECRET, text)))) {
      if (problem.isPresent()) {
        row(row, problem.get().get(0), problem.get().get(1));
        valid = false;
      }
    }
    return valid;
  }

  private void people(RosterSheet sheet) {
    if (!hasHeaders(sheet, RosterColumns.REQUIRED_PEOPLE_HEADERS)) {
      return;
    }
    for (SheetRow row : sheet.rows()) {
      person(row);
    }
  }

  private void person(SheetRow row) {
    String name = row.get(NAME);
    String login = row.get(LOGIN);
    String mail = row.get(MAIL);
    String mobile = row.get(MOBILE).replaceAll("[\\s-]", "");
    String role = row.get(ROLE);
    boolean valid = true;
    if (name.isEmpty()) {
      row(row, NAME, "姓名不能为空。");
      valid = false;
    } else if (name.length() > 40) {
      row(row, NAME, "姓名过长（不超过 40 个字）。");
      valid = false;
    }
    valid &= checkId(row, LOGIN, login, "登录名");
    if (directory.administrators().contains(login)) {
      row(row, LOGIN, "“" + login + "”是系统管理员账号，不能通过名册导入修改。");
      valid = false;
    }
    if (mail.isEmpty()) {
      row(row, MAIL, "邮箱不能为空：首次登录的设置密码链接将发到该邮箱。");
      valid = false;
    } else if (!MAIL_ADDRESS.matcher(mail).matches()) {
      row(row, MAIL, "邮箱“" + mail + "”格式不正确。");
      valid = false;
    }
    if (!mobile.isEmpty() && !MOBILE_NUMBER.matcher(mobile).matches()) {
      row(row, MOBILE, "手机号码“" + row.get(MOBILE) + "”格式不正确，应为 11 位数字。");
      valid = false;
    }
    String groupId = groupOf(row, role);
    valid &= groupId != null;
    if (!valid) {
      return;
    }
    Roster.Person person = new Roster.Person(login, name, mail.toLowerCase(Locale.ROOT), mobile);
    Roster.Person earlier = people.get(login);
    if (earlier == null) {
      String otherLogin = loginOfMail.get(person.email());
      if (otherLogin != null) {
        row(row, MAIL, "邮箱“" + mail + "”已被第 " + firstRowOfLogin.get(otherLogin).row() + " 行的登录名“"
            + otherLogin + "”使用，每人应有自己的邮箱。");
        return;
      }
      people.put(login, person);
      firstRowOfLogin.put(login, row);
      loginOfMail.put(person.email(), login);
    } else if (!earlier.equals(person)) {
      row(row, LOGIN, "登录名“" + login + "”重复：第 " + firstRowOfLogin.get(login).row()
          + " 行已有此登录名，但姓名、邮箱或手机不同。同一人在多个班子任职时，各行信息须一致。");
      return;
    }
    assign(row, login, groupId, role);
  }

  private String groupOf(SheetRow row, String role) {
    switch (role) {
      case SUPERVISOR:
        return AccessModel.SUPERVISORS_GROUP;
      case OFFICE:
        return AccessModel.OFFICE_GROUP;
      case SECRETARY, RosterColumns.MEMBER: {
        String team = row.get(TEAM);
        if (team.isEmpty()) {
          row(row, TEAM, "职务为“" + role + "”时必须填写所在班子（班子名称或编号）。");
          return null;
        }
        String id = teamsById.containsKey(team) || directory.teams().containsKey(team) ? team : teamIdsByName.get(team);
        if (id == null) {
          row(row, TEAM, "未知班子“" + team + "”：请先在“班子”工作表中列出，或填写系统中已有班子的名称或编号。");
        }
        return id;
      }
      case "":
        row(row, ROLE, "职务不能为空，应为" + String.join("、", RosterColumns.ROLES) + "之一。");
        return null;
      default:
        row(row, ROLE, "职务“" + role + "”无效，应为" + String.join("、", RosterColumns.ROLES) + "之一。");
        return null;
    }
  }

  private void assign(SheetRow row, String login, String groupId, String role) {
    String key = login + "\n" + groupId;
    SheetRow earlier = rowOfAssignment.get(key);
    if (earlier != null) {
      row(row, TEAM, "与第 " + earlier.row() + " 行重复：“" + login + "”在该组中已列出。");
      return;
    }
    if (SECRETARY.equals(role)) {
      String otherTeam = secretaryOf.get(login);
      if (otherTeam != null) {
        row(row, ROLE, "“" + login + "”已在第 " + rowOfSecretary.get(login).row() + " 行任“" + teamName(otherTeam)
            + "”书记，一人不能同时任两个班子的书记。");
        return;
      }
      String otherSecretary = secretaryOfTeam.get(groupId);
      if (otherSecretary != null) {
        row(row, ROLE, "班子“" + teamName(groupId) + "”已有书记“" + otherSecretary + "”（第 "
            + rowOfSecretary.get(otherSecretary).row() + " 行），每个班子只能有一名书记。");
        return;
      }
      secretaryOf.put(login, groupId);
      secretaryOfTeam.put(groupId, login);
      rowOfSecretary.put(login, row);
    }
    rowOfAssignment.put(key, row);
    groups.computeIfAbsent(login, l -> new LinkedHashSet<>()).add(groupId);
  }

  private String teamName(String id) {
    Roster.Team team = teamsById.get(id);
    return team != null ? team.name() : directory.teams().getOrDefault(id, id);
  }

  private boolean checkId(SheetRow row, String header, String id, String label) {
    if (id.isEmpty()) {
      row(row, header, label + "不能为空。");
      return false;
    }
    if (id.length() > MAX_ID || !ID.matcher(id).matches()) {
      row(row, header, label + "“" + id + "”无效：只能使用英文字母和数字，可用单个连字符“-”分隔，不超过 "
          + MAX_ID + " 个字符。");
      return false;
    }
    return true;
  }

  private boolean hasHeaders(RosterSheet sheet, List<String> required) {
    boolean complete = true;
    for (String header : required) {
      if (!sheet.headers().contains(header)) {
        errors.add(new RosterError(sheet.name(), 1, header, "缺少“" + header + "”列：请使用名册模板的表头。"));
        complete = false;
      }
    }
    return complete;
  }

  private void row(SheetRow row, String header, String message) {
    errors.add(row.error(header, message));
  }
}
