package cn.dlm.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One sweep's decisions: per person the tasks for the reminder digest (催办) and for the
 * escalation digest (督办), and the tasks whose record must say they were reminded or escalated.
 */
public final class ReminderPlan {

  private final Map<String, List<String>> reminders = new TreeMap<>();
  private final Map<String, List<String>> escalations = new TreeMap<>();
  private final Set<OpenTask> reminded = new LinkedHashSet<>();
  private final Set<OpenTask> escalated = new LinkedHashSet<>();

  void remind(OpenTask task, List<String> recipients) {
    recipients.forEach(user -> reminders.computeIfAbsent(user, u -> new ArrayList<>()).add(task.id()));
    reminded.add(task);
  }

  void escalate(OpenTask task, List<String> recipients) {
    recipients.forEach(user -> escalations.computeIfAbsent(user, u -> new ArrayList<>()).add(task.id()));
    escalated.add(task);
  }

  public Map<String, List<String>> reminders() {
    return reminders;
  }

  public Map<String, List<String>> escalations() {
    return escalations;
  }

  public Set<OpenTask> reminded() {
    return reminded;
  }

  public Set<OpenTask> escalated() {
    return escalated;
  }
}
