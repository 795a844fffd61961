package cn.dlm.platform.people;

import cn.dlm.platform.Privileged;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Users and groups as every feature names them: display names in Chinese order (family name first, no
 * space: 刘芳), mail addresses, group members and group names. Lookups do not depend on the rights of the
 * user who triggers them: a name shown in a form or a mail is not a secret of the user it names. Models call it
 * as {@code ${people.displayName(...)}}.
 */
@Component("people")
public class PeopleDirectory {

  private final ProcessEngine engine;

  public PeopleDirectory(@Lazy ProcessEngine engine) {
    this.engine = engine;
  }

  /** Who acts in the current engine call: the user of the webapp or REST request; null in the engine's own jobs. */
  public String actingUserId() {
    Authentication current = engine.getIdentityService().getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }

  /** The user's display name; the id itself for an unknown user or one without a name, "" for none. */
  public String displayName(String userId) {
    if (userId == null || userId.isBlank()) {
      return "";
    }
    User user = read(identity -> identity.createUserQuery().userId(userId).singleResult());
    return user == null ? userId : nameOf(user);
  }

  public static String nameOf(User user) {
    String name = strip(user.getLastName()) + strip(user.getFirstName());
    return name.isEmpty() ? user.getId() : name;
  }

  public Optional<Person> person(String userId) {
    User user = userId == null ? null : read(identity -> identity.createUserQuery().userId(userId).singleResult());
    return Optional.ofNullable(user).map(PeopleDirectory::person);
  }

  /** The members of a group, ordered by id. */
  public List<Person> members(String groupId) {
    return read(identity -> identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list())
        .stream().map(PeopleDirectory::person).toList();
  }

  public List<String> memberIds(String groupId) {
    return members(groupId).stream().map(Person::id).toList();
  }

  /** The ids of the groups the user belongs to. */
  public List<String> groupIds(String userId) {
    return read(identity -> identity.createGroupQuery().groupMember(userId).list()).stream().map(Group::getId).toList();
  }

  /** The group's name; its id when it has none or does not exist. */
  public String groupName(String groupId) {
    Group group = read(identity -> identity.createGroupQuery().groupId(groupId).singleResult());
    return group == null || group.getName() == null || group.getName().isBlank() ? groupId : group.getName();
  }

  private static Person person(User user) {
    String email = strip(user.getEmail());
    return new Person(user.getId(), nameOf(user), email.isEmpty() ? null : email);
  }

  private <T> T read(IdentityQuery<T> query) {
    Callable<T> call = () -> query.run(engine.getIdentityService());
    return Privileged.call(engine, call);
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  private interface IdentityQuery<T> {
    T run(IdentityService identity);
  }
}
