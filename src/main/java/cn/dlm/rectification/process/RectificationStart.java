package cn.dlm.rectification.process;

import cn.dlm.access.AccessModel;
import cn.dlm.cycle.CycleContract;
import cn.dlm.cycle.TeamRoster;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.platform.people.PeopleDirectory;
import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.LedgerJson;
import cn.dlm.rectification.domain.PlanDraft;
import cn.dlm.rectification.domain.PlanRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Prepares the plan task when rectification starts: the candidate rows of the plan form
 * (planItems), the team as the choices of responsible member (responsibleOptions), and empty counts.
 */
@Component("rectificationStart")
class RectificationStart implements ExecutionListener {

  private final PeopleDirectory names;
  private final RectificationDeadlines deadlines;

  RectificationStart(PeopleDirectory names, RectificationDeadlines deadlines) {
    this.names = names;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    TeamRoster roster = TeamRoster.of(execution);
    if (execution.getVariable(CycleContract.SUPERVISOR_GROUP) == null) {
      execution.setVariable(CycleContract.SUPERVISOR_GROUP, AccessModel.SUPERVISORS_GROUP);
    }
    execution.setVariable(RectificationContract.RESPONSIBLE_OPTIONS, JsonValues.json(responsibleOptions(roster)));
    if (execution.getVariable(RectificationContract.PLAN_ITEMS) == null) {
      List<PlanRow> rows = PlanDraft.rows(LedgerJson.tree(execution.getVariable(CycleContract.RECTIFICATION_CANDIDATES)), roster,
          deadlines.proposedItemDeadline(execution));
      execution.setVariable(RectificationContract.PLAN_ITEMS, JsonValues.json(rows));
    }
    ProcessLedger.of(execution).initialize();
  }

  private List<Map<String, String>> responsibleOptions(TeamRoster roster) {
    List<Map<String, String>> options = new ArrayList<>();
    for (String userId : roster.everyone()) {
      String label = names.displayName(userId) + (userId.equals(roster.secretary()) ? "（书记）" : "");
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", label);
      option.put("value", userId);
      options.add(option);
    }
    return options;
  }
}
