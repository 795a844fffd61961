package cn.dlm.password;

import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/** The engine's password policy rules, as a user reads them. */
final class PasswordPolicyText {

  private PasswordPolicyText() {}

  static String of(List<PasswordPolicyRule> violated) {
    List<String> texts = violated.stream().map(PasswordPolicyText::of).distinct().toList();
    return "密码不符合要求：" + String.join("；", texts) + "。";
  }

  private static String of(PasswordPolicyRule rule) {
    String placeholder = rule.getPlaceholder();
    String count = rule.getParameters() == null || rule.getParameters().isEmpty() ? ""
        : rule.getParameters().values().iterator().next();
    return switch (placeholder) {
      case "PASSWORD_POLICY_LENGTH" -> "至少 " + count + " 个字符";
      case "PASSWORD_POLICY_LOWERCASE" -> "至少包含 " + count + " 个小写字母";
      case "PASSWORD_POLICY_UPPERCASE" -> "至少包含 " + count + " 个大写字母";
      case "PASSWORD_POLICY_DIGIT" -> "至少包含 " + count + " 个数字";
      case "PASSWORD_POLICY_SPECIAL" -> "至少包含 " + count + " 个特殊字符（如 # ! @ %）";
      case "PASSWORD_POLICY_USER_DATA" -> "不能包含登录名或姓名";
      default -> "不符合系统的密码规则";
    };
  }
}
