package cn.dlm.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dlm.support.SessionClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ldap profile with a team DN pattern: the groups directly below {@code ou=班子}, which carry no type attribute,
 * are leadership teams besides those whose type attribute says so; a group one level further down is not.
 * {@link DirectoryTest} runs the same directory without the pattern, where they are no teams.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.admin-user.id=diradmin"})
@ActiveProfiles({"ldap", "test"})
class TeamDnPatternTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final TestDirectory DIRECTORY = TestDirectory.start();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @DynamicPropertySource
  static void directory(DynamicPropertyRegistry registry) {
    registry.add("dlm.ldap.server-url", DIRECTORY::url);
    registry.add("dlm.ldap.base-dn", () -> TestDirectory.BASE);
    registry.add("dlm.ldap.manager-dn", () -> TestDirectory.MANAGER);
    registry.add("dlm.ldap.manager-password", () -> TestDirectory.MANAGER_PASSWORD);
    registry.add("dlm.ldap.team-dn-pattern", () -> "CN=*, ou=班子, ou=groups, " + TestDirectory.BASE);
  }

  @AfterAll
  static void stopDirectory() {
    DIRECTORY.close();
  }

  @Test
  void groupsBelowThePatternAreTeamsBesidesThoseOfTheTeamType() {
    assertThat(engine.getIdentityService().createGroupQuery().groupType("leadership-team").list())
        .extracting(Group::getId)
        .contains(TestDirectory.PLACED_TEAM, "placed-team-2", TestDirectory.TEAM, "dir-team-30")
        .doesNotContain(TestDirectory.FORMER_TEAM, "organizing-office", "supervisors")
        .hasSize(TestDirectory.OTHER_TEAMS + 1 + TestDirectory.PLACED_TEAMS);
    assertThat(engine.getIdentityService().createGroupQuery().groupType("leadership-team").count())
        .isEqualTo(TestDirectory.OTHER_TEAMS + 1 + TestDirectory.PLACED_TEAMS);
    assertThat(engine.getIdentityService().createGroupQuery().groupType("leadership-team").listPage(1, 2))
        .hasSize(2).extracting(Group::getType).containsOnly("leadership-team");
    assertThat(engine.getIdentityService().createGroupQuery().groupId(TestDirectory.FORMER_TEAM).singleResult()
        .getType()).isNull();
    assertThat(engine.getIdentityService().createGroupQuery().groupType("WORKFLOW").list())
        .extracting(Group::getId).containsExactlyInAnyOrder("organizing-office", "supervisors");
  }

  @Test
  void aMemberOfAPlacedTeamSeesItAsHisTeamAndTheOfficeCanStartACycleForIt() throws Exception {
    SessionClient member = new SessionClient(port);
    HttpResponse<String> me = member.get("/api/me", SessionClient.basic(TestDirectory.PLACED_MEMBER,
        TestDirectory.PASSWORD));
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    JsonNode groups = JSON.readTree(me.body()).get("groups");
    assertThat(groups.findValuesAsText("id")).containsExactly(TestDirectory.PLACED_TEAM);
    assertThat(groups.findValuesAsText("type")).containsExactly("leadership-team");

    HttpResponse<String> teams = new SessionClient(port).get("/api/teams",
        SessionClient.basic("liufang", TestDirectory.PASSWORD));
    assertThat(teams.statusCode()).as(teams.body()).isEqualTo(200);
    JsonNode placed = null;
    for (JsonNode team : JSON.readTree(teams.body())) {
      if (TestDirectory.PLACED_TEAM.equals(team.get("id").asText())) {
        placed = team;
      }
    }
    assertThat(placed).as(teams.body()).isNotNull();
    assertThat(placed.get("name").asText()).isEqualTo("某县第1局党组");
    assertThat(placed.get("members").findValuesAsText("id")).containsExactlyInAnyOrder("q0101", "q0102", "q0103");
  }

  @Test
  void thePatternMatchesComponentWiseAndRefusesWhatIsNoDn() {
    TeamDnPattern pattern = TeamDnPattern.of("cn=*,ou=班子,ou=groups,dc=county,dc=cn");
    assertThat(pattern.matches("cn=x,ou=班子,ou=groups,dc=county,dc=cn")).isTrue();
    assertThat(pattern.matches("CN=x, OU=班子, ou=Groups,dc=County,dc=cn")).isTrue();
    assertThat(pattern.matches("uid=x,ou=班子,ou=groups,dc=county,dc=cn")).isFalse();
    assertThat(pattern.matches("cn=x,ou=往届,ou=班子,ou=groups,dc=county,dc=cn")).isFalse();
    assertThat(pattern.matches("cn=x,ou=groups,dc=county,dc=cn")).isFalse();
    assertThat(pattern.matches("no dn at all")).isFalse();
    assertThat(TeamDnPattern.of(" ")).isNull();
    assertThatThrownBy(() -> TeamDnPattern.of("班子")).hasMessageContaining("dlm.ldap.team-dn-pattern");
  }
}
