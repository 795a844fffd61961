package cn.dlm.cycle;

import cn.dlm.platform.form.JsonValues;
import static cn.dlm.platform.form.JsonValues.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** What a participant's own task shows that nobody else's does, kept task-local. */
@Component
public class TaskPreparation {

  /** 认领反馈意见: the opinions about this participant and about the team, unaltered. */
  @Component("opinionFeedback")
  static class OpinionFeedback implements TaskListener {
    private final OpinionCollection opinions;

    OpinionFeedback(OpinionCollection opinions) {
      this.opinions = opinions;
    }

    @Override
    public void notify(DelegateTask task) {
      task.setVariableLocal("myOpinions", json(opinions.opinionsFor(task, task.getAssignee())));
    }
  }

  /** 记录谈心谈话: every other participant of the cycle as a possible talk partner. */
  @Component("talkPartners")
  static class TalkPartners implements TaskListener {
    private final CycleMembers cycleMembers;
    private final People people;

    TalkPartners(CycleMembers cycleMembers, People people) {
      this.cycleMembers = cycleMembers;
      this.people = people;
    }

    @Override
    public void notify(DelegateTask task) {
      List<Map<String, String>> options = new ArrayList<>();
      for (String other : cycleMembers.participants(task)) {
        if (!other.equals(task.getAssignee())) {
          options.add(CycleStart.option(people.displayName(other), other));
        }
      }
      task.setVariableLocal("talkPartnerOptions", json(options));
    }
  }
}
