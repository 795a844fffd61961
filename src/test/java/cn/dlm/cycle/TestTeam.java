package cn.dlm.cycle;

import cn.dlm.access.AccessModel;
import cn.dlm.demo.DemoData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * A leadership team a test drives a cycle for, with the office user and the supervisor who act on
 * the group tasks. {@link #DEMO} is the demo profile's; {@link #numbered} makes teams for load tests.
 */
public record TestTeam(String id, String name, String secretary, List<String> members, String office,
    String supervisor) {

  public static final TestTeam DEMO = new TestTeam(DemoData.TEAM_ID, DemoData.TEAM_NAME, DemoData.SECRETARY,
      DemoData.MEMBERS, "liufang", "zhaoqiang");

  /** Team {@code n} of a county: {@code people} users (the secretary and the members), ids t001-1 … */
  public static TestTeam numbered(int n, int people, String office, String supervisor) {
    String id = "t%03d".formatted(n);
    List<String> members = new ArrayList<>();
    for (int i = 2; i <= people; i++) {
      members.add(id + "-" + i);
    }
    return new TestTeam(id, "第" + n + "班子", id + "-1", List.copyOf(members), office, supervisor);
  }

  /** The secretary first, then the members. */
  public List<String> participants() {
    List<String> all = new ArrayList<>();
    all.add(secretary);
    all.addAll(members);
    return all;
  }

  /** Creates the team group (type leadership-team) and its users with mail addresses, unless they exist. */
  public void create(IdentityService identity, String password) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(AccessModel.TEAM_GROUP_TYPE);
      identity.saveGroup(group);
    }
    for (String userId : participants()) {
      ensureUser(identity, userId, password, id);
    }
  }

  /**
   * Same as {@link #create(IdentityService, String)}, each user named in Chinese: {@code names} maps a
   * user id to the family and the given name, e.g. {@code "gaojianhua" -> ["高", "建华"]}.
   */
  public void create(IdentityService identity, String password, Map<String, List<String>> names) {
    for (String userId : participants()) {
      if (identity.createUserQuery().userId(userId).count() == 0) {
        User user = identity.newUser(userId);
        user.setLastName(names.get(userId).get(0));
        user.setFirstName(names.get(userId).get(1));
        user.setEmail(userId + "@dlm.example.cn");
        user.setPassword(password);
        identity.saveUser(user);
      }
    }
    create(identity, password);
    for (String userId : participants()) {
      if (identity.createUserQuery().userId(userId).memberOfGroup(id).count() == 0) {
        identity.createMembership(userId, id);
      }
    }
  }

  /** Creates a user with a mail address in {@code groupId}, unless it exists. */
  public static void ensureUser(IdentityService identity, String userId, String password, String groupId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setLastName("用户");
      user.setFirstName(userId);
      user.setEmail(userId + "@dlm.example.cn");
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(userId, groupId);
    }
  }
}
