package cn.dlm.platform.web;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The application's filter chain in front of its two HTTP interfaces and the webapps, in the order the filters
 * run. Whoever checks a password is throttled first (429 before any check); then the REST starter's missing
 * authentication is added: every call under /engine-rest must carry HTTP Basic credentials checked against the
 * identity service (the engine filter itself lets the engine listing /engine-rest/engine through), and /api takes
 * the same credentials or the session of a user logged in to the webapps ({@link ApiAuthenticationFilter}).
 * The Cockpit-only statistics guard runs after the /engine-rest login, which it reads.
 */
@Configuration
class WebSecurityConfiguration {

  static final String ENGINE_REST = "/engine-rest/*";
  static final String WEBAPP_ENGINE = "/camunda/api/engine/*";

  @Bean
  FilterRegistrationBean<PasswordProbeFilter> passwordProbeFilter() {
    return registration("password-probe", 4, new PasswordProbeFilter(), ENGINE_REST, WEBAPP_ENGINE);
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, LoginProperties properties) {
    return registration("login-throttle", 5,
        new LoginThrottleFilter(throttle, new ClientAddress(properties.trustedProxies())),
        ENGINE_REST, "/api/*", "/camunda/api/admin/auth/user/*");
  }

  @Bean
  FilterRegistrationBean<UnlockFollower> unlockFollower(LoginThrottle throttle) {
    return registration("unlock-follower", 6, new UnlockFollower(throttle), ENGINE_REST, WEBAPP_ENGINE);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        registration("engine-rest-authentication", 10, new ProcessEngineAuthenticationFilter(), ENGINE_REST);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  @Bean
  FilterRegistrationBean<CockpitRightsFilter> cockpitRightsFilter(@Lazy ProcessEngine processEngine) {
    return registration("cockpit-rights", 11, new CockpitRightsFilter(processEngine),
        ENGINE_REST, WEBAPP_ENGINE, "/camunda/api/cockpit/*");
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(@Lazy IdentityService identityService) {
    return registration("api-authentication", 20, new ApiAuthenticationFilter(identityService), "/api/*");
  }

  private static <T extends Filter> FilterRegistrationBean<T> registration(String name, int order, T filter,
      String... urlPatterns) {
    FilterRegistrationBean<T> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(order);
    return registration;
  }
}
