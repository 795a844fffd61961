package cn.dlm.notification;

import cn.dlm.platform.FeatureApi;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One overdue task as the reminder sweep tells other features about it: its team (领导班子), the step, who owns
 * it (names in Chinese order, 刘芳), its due date in the users' time zone, whole days late and a link into Tasklist.
 * Texts are already cut to size; {@code teamId} is null for a task outside a cycle.
 */
@FeatureApi
public record OverdueStep(
    String taskId,
    String teamId,
    String teamName,
    String stepName,
    List<String> ownerNames,
    ZonedDateTime due,
    long daysLate,
    String link) {

  public OverdueStep {
    ownerNames = List.copyOf(ownerNames);
  }
}
