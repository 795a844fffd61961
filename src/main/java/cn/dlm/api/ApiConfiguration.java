package cn.dlm.api;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration
public class ApiConfiguration {

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(@Lazy IdentityService identityService) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(20);
    return registration;
  }

  /** The caller of the current /api request; the filter guarantees there is one. */
  public static ApiUser currentUser(HttpServletRequest request) {
    ApiUser user = (ApiUser) request.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
    if (user == null) {
      throw new ApiException(org.springframework.http.HttpStatus.UNAUTHORIZED, "请先登录。");
    }
    return user;
  }

  public static ApiUser requireAnyGroup(HttpServletRequest request, String... groups) {
    ApiUser user = currentUser(request);
    if (!user.isInAnyGroup(groups)) {
      throw ApiException.forbidden();
    }
    return user;
  }
}
