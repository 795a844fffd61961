package cn.dlm.password;

import cn.dlm.notification.MailContentBuilder;
import cn.dlm.notification.MailTemplates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PasswordMailConfiguration {

  @Bean
  MailContentBuilder passwordWelcomeMail(PasswordTokens tokens, MailTemplates templates,
      @Value("${dlm.base-url}") String baseUrl) {
    return new PasswordMail(PasswordMails.WELCOME, "password-welcome", tokens, templates, baseUrl);
  }

  @Bean
  MailContentBuilder passwordResetMail(PasswordTokens tokens, MailTemplates templates,
      @Value("${dlm.base-url}") String baseUrl) {
    return new PasswordMail(PasswordMails.RESET, "password-reset", tokens, templates, baseUrl);
  }
}
