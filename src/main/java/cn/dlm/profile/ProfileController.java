package cn.dlm.profile;

import cn.dlm.platform.web.ApiException;
import cn.dlm.platform.web.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProfileController {

  private final IdentityService identityService;

  public ProfileController(IdentityService identityService) {
    this.identityService = identityService;
  }

  @GetMapping("/api/me")
  public Profile me(HttpServletRequest request) {
    ApiUser caller = ApiUser.current(request);
    User user = identityService.createUserQuery().userId(caller.id()).singleResult();
    if (user == null) {
      throw ApiException.notFound("当前用户不存在，请重新登录。");
    }
    return Profile.of(user, identityService.createGroupQuery().groupMember(caller.id()).orderByGroupId().asc().list());
  }
}
