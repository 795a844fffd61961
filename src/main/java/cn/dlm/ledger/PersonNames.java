package cn.dlm.ledger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Display names of users, the Chinese way: family name then given name (李华). */
@Component
public class PersonNames {

  private final IdentityService identityService;

  public PersonNames(@Lazy IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The user's name, or the id itself when there is no such user. */
  public String nameOf(String userId) {
    if (userId == null || userId.isBlank()) {
      return "";
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = nullToEmpty(user.getLastName()) + nullToEmpty(user.getFirstName());
    return name.isBlank() ? userId : name;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text.trim();
  }
}
