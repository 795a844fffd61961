package cn.dlm.mail;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** People and groups as mail sees them: addresses and the names to greet. */
@Component
public class MailDirectory {

  private final IdentityService identityService;

  public MailDirectory(IdentityService identityService) {
    this.identityService = identityService;
  }

  public MailRecipient recipient(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
      throw new MailAddressMissingException(userId);
    }
    return new MailRecipient(userId, user.getEmail().strip(), displayName(user));
  }

  public List<String> memberIds(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
  }

  public List<String> groupIds(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  /** Chinese order: family name first, no space. */
  public String displayName(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : displayName(user);
  }

  public String groupName(String groupId) {
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  private static String displayName(User user) {
    String name = (nullToEmpty(user.getLastName()) + nullToEmpty(user.getFirstName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
