package cn.dlm.api;

import java.util.List;

/** The authenticated caller of an /api request. */
public record ApiUser(String id, List<String> groupIds) {

  static final String REQUEST_ATTRIBUTE = ApiUser.class.getName();

  public boolean isInAnyGroup(String... groups) {
    for (String group : groups) {
      if (groupIds.contains(group)) {
        return true;
      }
    }
    return false;
  }
}
