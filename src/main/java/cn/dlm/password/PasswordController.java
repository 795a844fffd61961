package cn.dlm.password;

import cn.dlm.notification.NotificationContract;
import cn.dlm.platform.Privileged;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.web.ApiException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The set-password page's endpoints, open without login (the /api filter lets /api/password/
 * through): ask for a link by mail (忘记密码), check a link, and set the password with it.
 */
@RestController
@RequestMapping("/api/password")
class PasswordController {

  static final String LINK_SENT = "如果该登录名存在且登记了邮箱，设置密码的链接已发送到该邮箱，请在有效期内使用。"
      + "如未收到，请稍后再试或联系组织办。";
  static final String LINK_INVALID = "该链接无效或已被使用，请在登录页点击“忘记密码”重新获取。";
  static final String LINK_EXPIRED = "该链接已过期，请在登录页点击“忘记密码”重新获取。";
  /** A new link is not mailed again while one sent this recently is still valid. */
  private static final long RESEND_AFTER_MINUTES = 5;

  private final ProcessEngine engine;
  private final IdentityService identityService;
  private final PasswordTokens tokens;
  private final PasswordMails mails;
  private final EngineClock clock;

  PasswordController(ProcessEngine engine, PasswordTokens tokens, PasswordMails mails, EngineClock clock) {
    this.clock = clock;
    this.engine = engine;
    this.identityService = engine.getIdentityService();
    this.tokens = tokens;
    this.mails = mails;
  }

  record ForgotRequest(String login) {}

  record SetRequest(String login, String token, String password) {}

  /** Answers alike whether or not the login exists, so that it does not tell who has an account. */
  @PostMapping("/forgot")
  Map<String, String> forgot(@RequestBody ForgotRequest request) {
    String login = request.login() == null ? "" : request.login().strip();
    if (login.isEmpty()) {
      throw ApiException.badRequest("请填写登录名。");
    }
    Privileged.call(engine, () -> {
      User user = identityService.createUserQuery().userId(login).singleResult();
      if (user == null || user.getEmail() == null || user.getEmail().isBlank() || sentRecently(login)) {
        return null;
      }
      mails.reset(login, UUID.randomUUID().toString());
      return null;
    });
    return Map.of("message", LINK_SENT);
  }

  @PostMapping("/check")
  Map<String, String> check(@RequestBody SetRequest request) {
    Privileged.call(engine, () -> {
      requireValid(request);
      return null;
    });
    return Map.of("message", "链接有效，请设置新密码。");
  }

  @PostMapping("/set")
  Map<String, String> set(@RequestBody SetRequest request) {
    if (request.password() == null || request.password().isEmpty()) {
      throw ApiException.badRequest("请填写新密码。");
    }
    Privileged.call(engine, () -> {
      User user = requireValid(request);
      PasswordPolicyResult policy = identityService.checkPasswordAgainstPolicy(request.password(), user);
      if (!policy.isValid()) {
        throw ApiException.badRequest(PasswordPolicyText.of(policy.getViolatedRules()));
      }
      user.setPassword(request.password());
      identityService.saveUser(user);
      tokens.redeem(user.getId());
      return null;
    });
    return Map.of("message", "密码已设置，请使用新密码登录。");
  }

  private User requireValid(SetRequest request) {
    String login = request.login() == null ? "" : request.login().strip();
    User user = login.isEmpty() ? null : identityService.createUserQuery().userId(login).singleResult();
    PasswordTokens.Check check = user == null ? PasswordTokens.Check.INVALID : tokens.check(login, request.token());
    return switch (check) {
      case VALID -> user;
      case EXPIRED -> throw ApiException.badRequest(LINK_EXPIRED);
      case INVALID -> throw ApiException.badRequest(LINK_INVALID);
    };
  }

  private boolean sentRecently(String login) {
    boolean queued = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NotificationContract.MAIL_PROCESS)
        .processInstanceBusinessKeyLike(PasswordMails.RESET + ".%." + login).count() > 0;
    if (queued) {
      return true;
    }
    Instant issued = tokens.issuedAt(login);
    return issued != null
        && issued.plus(RESEND_AFTER_MINUTES, ChronoUnit.MINUTES).isAfter(clock.now());
  }
}
