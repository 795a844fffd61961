package cn.dlm.rectification.process;

import cn.dlm.cycle.CycleContract;
import cn.dlm.cycle.TeamRoster;
import cn.dlm.platform.form.FormCheck;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.people.PeopleDirectory;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.LedgerJson;
import cn.dlm.rectification.domain.PlanValidation;
import cn.dlm.rectification.domain.RectificationItem;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Adopts the submitted plan (整改方案) as the ledger, or refuses it whole with what to correct. */
@Component("rectificationPlan")
class RectificationPlan extends FormCheck {

  private final PeopleDirectory names;
  private final EngineClock clock;
  private final RectificationProperties properties;

  public RectificationPlan(PeopleDirectory names, EngineClock clock, RectificationProperties properties) {
    this.names = names;
    this.clock = clock;
    this.properties = properties;
  }

  @Override
  protected void check(FormInput input, DelegateExecution execution) {
    LocalDate meetingDay = clock.localDate((Date) execution.getVariable(CycleContract.MEETING_DATE));
    Map<String, String> knownNames = new HashMap<>();
    PlanValidation validation = new PlanValidation(TeamRoster.of(execution), meetingDay, properties.maxItems(),
        userId -> knownNames.computeIfAbsent(userId, names::displayName));
    List<RectificationItem> items = validation.items(
        LedgerJson.tree(execution.getVariable(RectificationContract.PLAN_ITEMS)), year(execution, meetingDay));
    ProcessLedger.of(execution).adopt(items);
    // The candidates hold every criticism and every material's problems; the plan's rows what was not adopted.
    // Once adopted, the members' own item tasks run in this instance: neither may stay where they can read it.
    execution.getProcessInstance().removeVariable(CycleContract.RECTIFICATION_CANDIDATES);
    execution.getProcessInstance().removeVariable(RectificationContract.PLAN_ITEMS);
  }

  private int year(DelegateExecution execution, LocalDate meetingDay) {
    Object year = execution.getVariable(CycleContract.YEAR);
    if (year instanceof Number number) {
      return number.intValue();
    }
    return meetingDay != null ? meetingDay.getYear() : clock.today().getYear();
  }
}
