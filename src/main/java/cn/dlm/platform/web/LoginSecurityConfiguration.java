package cn.dlm.platform.web;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Login throttling on every path that checks a password, no password check for others, and
 * Cockpit-only statistics. The throttle
 * runs before the HTTP Basic filters of /engine-rest (order 10) and /api (order 20); the statistics
 * guard after the /engine-rest one, whose login it reads.
 */
@Configuration
class LoginSecurityConfiguration {

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, LoginProperties properties) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, new ClientAddress(properties.trustedProxies())));
    registration.setName("login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/admin/auth/user/*");
    registration.setOrder(5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<UnlockFollower> unlockFollower(LoginThrottle throttle) {
    FilterRegistrationBean<UnlockFollower> registration = new FilterRegistrationBean<>(new UnlockFollower(throttle));
    registration.setName("unlock-follower");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(6);
    return registration;
  }

  @Bean
  FilterRegistrationBean<PasswordProbeFilter> passwordProbeFilter() {
    FilterRegistrationBean<PasswordProbeFilter> registration = new FilterRegistrationBean<>(new PasswordProbeFilter());
    registration.setName("password-probe");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(4);
    return registration;
  }

  @Bean
  FilterRegistrationBean<CockpitRightsFilter> cockpitRightsFilter(@Lazy ProcessEngine processEngine) {
    FilterRegistrationBean<CockpitRightsFilter> registration =
        new FilterRegistrationBean<>(new CockpitRightsFilter(processEngine));
    registration.setName("cockpit-rights");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/cockpit/*");
    registration.setOrder(11);
    return registration;
  }
}
