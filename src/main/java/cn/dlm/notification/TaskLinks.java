package cn.dlm.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Deep links into Tasklist, built from the public base URL {@code dlm.base-url}. */
@Component
class TaskLinks {

  private final String tasklist;

  public TaskLinks(@Value("${dlm.base-url}") String baseUrl,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    this.tasklist = stripTrailingSlash(baseUrl) + stripTrailingSlash(webappPath) + "/app/tasklist/default/#/?task=";
  }

  public String task(String taskId) {
    return tasklist + taskId;
  }

  private static String stripTrailingSlash(String text) {
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
