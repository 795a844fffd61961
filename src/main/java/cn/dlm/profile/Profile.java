package cn.dlm.profile;

import cn.dlm.platform.people.PeopleDirectory;
import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/** Who the caller is, as the UI shows it: {@code {id, name, groups: [{id, name, type}]}}. */
public record Profile(String id, String name, List<GroupRef> groups) {

  public record GroupRef(String id, String name, String type) {}

  static Profile of(User user, List<Group> groups) {
    return new Profile(user.getId(), PeopleDirectory.nameOf(user),
        groups.stream().map(g -> new GroupRef(g.getId(), g.getName(), g.getType())).toList());
  }
}
