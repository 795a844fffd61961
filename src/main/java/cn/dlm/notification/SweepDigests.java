package cn.dlm.notification;

import cn.dlm.cycle.CycleContract;
import cn.dlm.platform.people.PeopleDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns a sweep's plan into the {@link SweepDigest} its listeners get, and tells them. */
@Component
class SweepDigests {

  static final int MAX_OWNERS = 5;

  private final List<SweepDigestListener> listeners;
  private final TaskViews views;
  private final TaskOwners owners;
  private final PeopleDirectory directory;

  SweepDigests(List<SweepDigestListener> listeners, TaskViews views, TaskOwners owners, PeopleDirectory directory) {
    this.listeners = listeners;
    this.views = views;
    this.owners = owners;
    this.directory = directory;
  }

  void publish(ReminderPlan plan, String sweepId, Date now) {
    List<SweepDigestListener> listening = listeners.stream().filter(SweepDigestListener::listening).toList();
    if (listening.isEmpty()) {
      return;
    }
    List<OverdueStep> overdue = steps(plan.reminded().stream().filter(task -> task.due().before(now)).toList(), now);
    List<OverdueStep> escalated = steps(plan.escalated(), now);
    if (overdue.isEmpty() && escalated.isEmpty()) {
      return;
    }
    SweepDigest digest = new SweepDigest(sweepId, now, overdue, escalated);
    listening.forEach(listener -> listener.swept(digest));
  }

  private List<OverdueStep> steps(Collection<OpenTask> tasks, Date now) {
    return tasks.stream().map(task -> step(task, now)).toList();
  }

  private OverdueStep step(OpenTask task, Date now) {
    TaskView view = views.of(task, now);
    List<String> ownerIds = owners.owners(task);
    List<String> names = ownerIds.stream().limit(MAX_OWNERS)
        .map(id -> SafeText.line(directory.displayName(id), TaskViews.MAX_TEAM_NAME)).toList();
    if (ownerIds.size() > MAX_OWNERS) {
      names = new ArrayList<>(names);
      names.add("等" + ownerIds.size() + "人");
    }
    Object teamId = task.variable(CycleContract.TEAM_ID);
    return new OverdueStep(task.id(), teamId instanceof String id && !id.isBlank() ? id : null, view.teamName(),
        view.name(), names, view.due(), view.overdueDays(), view.link());
  }
}
