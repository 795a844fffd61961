package cn.dlm.cycle;

import cn.dlm.platform.Privileged;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Display names of users as Chinese readers expect them: family name first, no space. */
@Component
public class People {

  private final IdentityService identityService;

  public People(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String displayName(String userId) {
    if (userId == null) {
      return "";
    }
    User user = Privileged.call(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = (nullToEmpty(user.getLastName()) + nullToEmpty(user.getFirstName())).trim();
    return name.isEmpty() ? userId : name;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
