package cn.dlm.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import java.util.ArrayList;
import java.util.List;

/**
 * An organization's directory in memory (UnboundID): the office, the supervisors, the administrator, one named
 * team and {@value #OTHER_TEAMS} teams of {@value #TEAM_SIZE} more people, each person with a Chinese family and
 * given name and the password {@value #PASSWORD}. Below {@code ou=班子,ou=groups} sit {@value #PLACED_TEAMS} more teams
 * without a type attribute, teams only by place (team DN pattern), and one more level down an old team that is
 * none.
 */
final class TestDirectory implements AutoCloseable {

  static final String BASE = "dc=county,dc=cn";
  static final String MANAGER = "cn=Directory Manager";
  static final String MANAGER_PASSWORD = "Manager#2026";
  static final String PASSWORD = "Dir#2026pass";
  static final String TEAM = "dir-fgj";
  static final String TEAM_NAME = "某县发展和改革局党组";
  static final String SECRETARY = "gaojianhua";
  static final List<String> MEMBERS = List.of("liming", "wangfang", "zhangwei", "chenli");
  static final int OTHER_TEAMS = 30;
  static final int TEAM_SIZE = 10;
  static final String PLACED_TEAMS_DN = "ou=班子,ou=groups," + BASE;
  static final int PLACED_TEAMS = 2;
  static final String PLACED_TEAM = "placed-team-1";
  static final String PLACED_MEMBER = "q0101";
  static final String FORMER_TEAM = "former-team";

  private final InMemoryDirectoryServer server;

  private TestDirectory(InMemoryDirectoryServer server) {
    this.server = server;
  }

  static TestDirectory start() {
    try {
      InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
      config.addAdditionalBindCredentials(MANAGER, MANAGER_PASSWORD);
      config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
      InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
      TestDirectory directory = new TestDirectory(server);
      directory.fill();
      server.startListening();
      return directory;
    } catch (LDAPException | LDIFException e) {
      throw new IllegalStateException(e);
    }
  }

  String url() {
    return "ldap://localhost:" + server.getListenPort() + "/";
  }

  int people() {
    try {
      return server.countEntriesBelow("ou=people," + BASE) - 1;
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }

  private void fill() throws LDAPException, LDIFException {
    server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: county");
    server.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
    server.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
    person("liufang", "刘", "芳");
    person("zhaoqiang", "赵", "强");
    person("diradmin", "系统", "管理员");
    person(SECRETARY, "高", "建华");
    person("liming", "李", "明");
    person("wangfang", "王", "芳");
    person("zhangwei", "张", "伟");
    person("chenli", "陈", "丽");
    group("organizing-office", "组织办", "WORKFLOW", List.of("liufang"));
    group("supervisors", "督导组", "WORKFLOW", List.of("zhaoqiang"));
    group("camunda-admin", "系统管理员", "SYSTEM", List.of("diradmin"));
    List<String> team = new ArrayList<>(MEMBERS);
    team.add(0, SECRETARY);
    group(TEAM, TEAM_NAME, "leadership-team", team);
    String[] families = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    String[] given = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军"};
    for (int t = 1; t <= OTHER_TEAMS; t++) {
      List<String> members = new ArrayList<>();
      for (int p = 1; p <= TEAM_SIZE; p++) {
        String id = "p%02d%02d".formatted(t, p);
        person(id, families[(t + p) % 10], given[p % 10] + given[t % 10]);
        members.add(id);
      }
      group("dir-team-" + t, "第" + t + "党组", "leadership-team", members);
    }
    server.add("dn: " + PLACED_TEAMS_DN, "objectClass: organizationalUnit", "ou: 班子");
    server.add("dn: ou=往届," + PLACED_TEAMS_DN, "objectClass: organizationalUnit", "ou: 往届");
    for (int t = 1; t <= PLACED_TEAMS; t++) {
      List<String> members = new ArrayList<>();
      for (int p = 1; p <= 3; p++) {
        String id = "q%02d%02d".formatted(t, p);
        person(id, families[p % 10], given[(t + p) % 10]);
        members.add(id);
      }
      group(PLACED_TEAMS_DN, "placed-team-" + t, "某县第" + t + "局党组", null, members);
    }
    group("ou=往届," + PLACED_TEAMS_DN, FORMER_TEAM, "某县原党组", null, List.of("q0102"));
  }

  private void person(String id, String family, String givenName) throws LDAPException, LDIFException {
    server.add("dn: uid=" + id + ",ou=people," + BASE, "objectClass: inetOrgPerson", "uid: " + id,
        "cn: " + family + givenName, "sn: " + family, "givenName: " + givenName, "mail: " + id + "@county.example.cn",
        "userPassword: " + PASSWORD);
  }

  private void group(String id, String name, String type, List<String> members) throws LDAPException, LDIFException {
    group("ou=groups," + BASE, id, name, type, members);
  }

  private void group(String parent, String id, String name, String type, List<String> members)
      throws LDAPException, LDIFException {
    List<String> lines = new ArrayList<>(List.of("dn: cn=" + id + "," + parent, "objectClass: groupOfNames",
        "cn: " + id, "description: " + name));
    if (type != null) {
      lines.add("businessCategory: " + type);
    }
    members.forEach(member -> lines.add("member: uid=" + member + ",ou=people," + BASE));
    server.add(lines.toArray(String[]::new));
  }

  @Override
  public void close() {
    server.shutDown(true);
  }
}
