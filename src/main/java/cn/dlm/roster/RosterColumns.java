package cn.dlm.roster;

import java.util.List;

/** Sheet names, column headers and role words of the roster workbook (人员名册), as the office reads them. */
final class RosterColumns {

  static final String TEAMS_SHEET = "班子";
  static final String PEOPLE_SHEET = "人员";

  static final String TEAM_ID = "班子编号";
  static final String TEAM_NAME = "班子名称";
  static final String TEAM_KIND = "类型";
  static final List<String> TEAM_HEADERS = List.of(TEAM_ID, TEAM_NAME, TEAM_KIND);
  static final List<String> TEAM_KINDS = List.of("党委", "党组", "党工委", "党总支", "党支部");
  static final String ROBOT_KIND = "群机器人类型";
  static final String ROBOT_WEBHOOK = "群机器人地址";
  static final String ROBOT_SECRET = "钉钉加签密钥";
  /** The team sheet's columns in the template: the required ones, then the optional work-group robot (群机器人). */
  static final List<String> TEAM_TEMPLATE_HEADERS =
      List.of(TEAM_ID, TEAM_NAME, TEAM_KIND, ROBOT_KIND, ROBOT_WEBHOOK, ROBOT_SECRET);
  static final List<String> ROBOT_KINDS = List.of("企业微信", "钉钉");

  static final String NAME = "姓名";
  static final String LOGIN = "登录名";
  static final String MAIL = "邮箱";
  static final String MOBILE = "手机";
  static final String TEAM = "班子";
  static final String ROLE = "职务";
  static final List<String> PEOPLE_HEADERS = List.of(NAME, LOGIN, MAIL, MOBILE, TEAM, ROLE);
  static final List<String> REQUIRED_PEOPLE_HEADERS = List.of(NAME, LOGIN, MAIL, TEAM, ROLE);

  static final String SECRETARY = "书记";
  static final String MEMBER = "班子成员";
  static final String SUPERVISOR = "督导组";
  static final String OFFICE = "组织办";
  static final List<String> ROLES = List.of(SECRETARY, MEMBER, SUPERVISOR, OFFICE);

  private RosterColumns() {}
}
