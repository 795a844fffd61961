package cn.dlm.cycle;

import static cn.dlm.platform.form.JsonValues.json;

import cn.dlm.material.MaterialContract;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.people.PeopleDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** What a participant's own task shows that nobody else's does, kept task-local. */
@Component
class TaskPreparation {

  /**
   * 记录谈心谈话: every other participant of the cycle as a possible talk partner; in a later round
   * the task is named after the partners still missing (补充谈心谈话：李华、张敏).
   */
  @Component("talkPartners")
  static class TalkPartners implements TaskListener {
    static final String LATER_ROUND_NAME = "补充谈心谈话";

    private final PeopleDirectory people;

    TalkPartners(PeopleDirectory people) {
      this.people = people;
    }

    @Override
    public void notify(DelegateTask task) {
      List<Map<String, String>> options = new ArrayList<>();
      for (String other : TeamRoster.of(task).everyone()) {
        if (!other.equals(task.getAssignee())) {
          options.add(CycleStart.option(people.displayName(other), other));
        }
      }
      task.setVariableLocal(CycleContract.TALK_PARTNER_OPTIONS, json(options));
      List<String> missing = FormInput.of(task).strings("missingPartners");
      if (!missing.isEmpty()) {
        String names = String.join("、", missing.stream().map(people::displayName).toList());
        task.setName(LATER_ROUND_NAME + "：" + names);
        task.setDescription("核查发现您与" + names + "的谈心谈话尚未记录，请谈话后补充记录。"
            + (task.getDescription() == null ? "" : "\n\n" + task.getDescription()));
      }
    }
  }

  /** 审核个人对照检查材料: named after the material's author, since a reviewer has several side by side. */
  @Component("materialReviewLabel")
  static class MaterialReviewLabel implements TaskListener {
    private final PeopleDirectory people;

    MaterialReviewLabel(PeopleDirectory people) {
      this.people = people;
    }

    @Override
    public void notify(DelegateTask task) {
      task.setName(task.getName() + "：" + people.displayName((String) task.getVariable(MaterialContract.MEMBER)));
    }
  }
}
