package cn.dlm.notification;

import cn.dlm.platform.time.EngineClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class MailTransportConfiguration {

  @Bean
  MailTransport mailTransport(MailProperties properties, ObjectProvider<JavaMailSender> sender, EngineClock clock) {
    return switch (properties.transport()) {
      case OUTBOX -> new OutboxMailTransport(properties.outboxDir(), clock.zone());
      case SMTP -> new SmtpMailTransport(sender.getIfAvailable(() -> {
        throw new IllegalStateException("dlm.mail.transport=smtp needs spring.mail.host");
      }));
    };
  }
}
