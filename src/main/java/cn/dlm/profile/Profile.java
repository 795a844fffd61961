package cn.dlm.profile;

import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/** Who the caller is, as the UI shows it: {@code {id, name, groups: [{id, name, type}]}}. */
public record Profile(String id, String name, List<GroupRef> groups) {

  public record GroupRef(String id, String name, String type) {}

  static Profile of(User user, List<Group> groups) {
    return new Profile(user.getId(), displayName(user),
        groups.stream().map(g -> new GroupRef(g.getId(), g.getName(), g.getType())).toList());
  }

  /** A Chinese name reads family name first, without a space: 李 + 华 = 李华. */
  public static String displayName(User user) {
    String name = nullToEmpty(user.getLastName()) + nullToEmpty(user.getFirstName());
    return name.isBlank() ? user.getId() : name.trim();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
