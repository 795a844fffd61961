package cn.dlm.robot;

import cn.dlm.access.AccessModel;
import cn.dlm.notification.OverdueStep;
import cn.dlm.notification.SweepDigest;
import cn.dlm.notification.SweepDigestListener;
import cn.dlm.platform.people.PeopleDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The reminder sweep's decisions, posted into work groups: each team's overdue tasks into the team's group, the
 * escalated tasks into the office's (组织办) group — only for groups that have a robot. New-work notices stay
 * personal (mail).
 */
@Component
class RobotDigestPosts implements SweepDigestListener {

  private final RobotStore store;
  private final RobotMarkdown markdown;
  private final RobotPostQueue queue;
  private final PeopleDirectory people;

  RobotDigestPosts(RobotStore store, RobotMarkdown markdown, RobotPostQueue queue, PeopleDirectory people) {
    this.people = people;
    this.store = store;
    this.markdown = markdown;
    this.queue = queue;
  }

  /** Only when some group has a robot: building the digest reads every reminded task's owners again. */
  @Override
  public boolean listening() {
    return store.any();
  }

  @Override
  public void swept(SweepDigest digest) {
    Map<String, List<OverdueStep>> byTeam = digest.overdue().stream().filter(step -> step.teamId() != null)
        .collect(Collectors.groupingBy(OverdueStep::teamId, LinkedHashMap::new, Collectors.toList()));
    byTeam.forEach((teamId, steps) -> {
      if (store.find(teamId).isPresent()) {
        String teamName = steps.get(0).teamName();
        queue.enqueue(digest.sweepId(), teamId, markdown.teamDigest(
            teamName == null || teamName.isBlank() ? people.groupName(teamId) : teamName, steps));
      }
    });
    if (!digest.escalated().isEmpty() && store.find(AccessModel.OFFICE_GROUP).isPresent()) {
      queue.enqueue(digest.sweepId(), AccessModel.OFFICE_GROUP, markdown.escalation(digest.escalated()));
    }
  }
}
