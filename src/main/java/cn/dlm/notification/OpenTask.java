package cn.dlm.notification;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * An open user task as mail and the sweep see it: who owns it, when it is due, the cycle it
 * belongs to (from the process variables teamName, year, theme, secretary) and its reminder record.
 */
public record OpenTask(
    String id,
    String name,
    String description,
    Date due,
    String assignee,
    List<String> candidateUsers,
    List<String> candidateGroups,
    Map<String, Object> processVariables,
    ReminderRecord record) {

  public Object variable(String name) {
    return processVariables.get(name);
  }
}
