package cn.dlm.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The authenticated caller of an /api request. */
public record ApiUser(String id, List<String> groupIds) {

  static final String REQUEST_ATTRIBUTE = ApiUser.class.getName();

  /** The caller of the current /api request; the filter guarantees there is one. */
  public static ApiUser current(HttpServletRequest request) {
    ApiUser user = (ApiUser) request.getAttribute(REQUEST_ATTRIBUTE);
    if (user == null) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "请先登录。");
    }
    return user;
  }

  public static ApiUser requireAnyGroup(HttpServletRequest request, String... groups) {
    ApiUser user = current(request);
    if (!user.isInAnyGroup(groups)) {
      throw ApiException.forbidden();
    }
    return user;
  }

  public boolean isInAnyGroup(String... groups) {
    for (String group : groups) {
      if (groupIds.contains(group)) {
        return true;
      }
    }
    return false;
  }
}
