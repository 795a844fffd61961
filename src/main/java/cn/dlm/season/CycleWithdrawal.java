package cn.dlm.season;

import static cn.dlm.platform.form.JsonValues.json;

import cn.dlm.access.AccessModel;
import cn.dlm.cycle.CycleContract;
import cn.dlm.platform.Privileged;
import cn.dlm.platform.people.PeopleDirectory;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.platform.web.ApiException;
import cn.dlm.platform.web.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Withdrawal (撤销) of a wrongly started cycle by the organizing office: the cycle and every process it called end
 * with the delete reason "撤销：<理由>", their tasks disappear (and with them the reminders), and the variable
 * {@code withdrawal} {by, byName, at, reason} stays in the cycle's history. The team and year can then be started
 * again.
 */
@RestController
@RequestMapping("/api/cycles")
class CycleWithdrawal {

  static final String REASON_PREFIX = "撤销：";
  static final int MAX_REASON = 500;

  private final ProcessEngine engine;
  private final RuntimeService runtimeService;
  private final PeopleDirectory people;
  private final EngineClock clock;

  CycleWithdrawal(ProcessEngine engine, RuntimeService runtimeService, PeopleDirectory people, EngineClock clock) {
    this.engine = engine;
    this.runtimeService = runtimeService;
    this.people = people;
    this.clock = clock;
  }

  @PostMapping("/{businessKey}/withdraw")
  Map<String, Object> withdraw(@PathVariable String businessKey,
      @RequestBody(required = false) Map<String, Object> body, HttpServletRequest request) {
    ApiUser user = ApiUser.requireAnyGroup(request, AccessModel.OFFICE_GROUP);
    String reason = reason(body == null ? null : body.get("reason"));
    Map<String, Object> withdrawal = Privileged.call(engine, () -> {
      ProcessInstance cycle = runtimeService.createProcessInstanceQuery().processDefinitionKey(CycleContract.PROCESS_KEY)
          .processInstanceBusinessKey(businessKey).singleResult();
      if (cycle == null) {
        throw ApiException.notFound("未找到进行中的民主生活会“" + businessKey + "”，已结束或已撤销的不能撤销。");
      }
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("businessKey", businessKey);
      record.put("by", user.id());
      record.put("byName", people.displayName(user.id()));
      record.put("at", OffsetDateTime.ofInstant(clock.now(), clock.zone())
          .truncatedTo(ChronoUnit.SECONDS).toString());
      record.put("reason", reason);
      runtimeService.setVariable(cycle.getId(), CycleContract.WITHDRAWAL, json(record));
      runtimeService.deleteProcessInstance(cycle.getId(), REASON_PREFIX + reason, true, true);
      return record;
    });
    withdrawal.put("withdrawn", true);
    return withdrawal;
  }

  private static String reason(Object value) {
    String reason = value == null ? "" : value.toString().trim();
    if (reason.isEmpty()) {
      throw ApiException.badRequest("请填写撤销理由（reason）。");
    }
    if (reason.length() > MAX_REASON) {
      throw ApiException.badRequest("撤销理由最多 " + MAX_REASON + " 个字，当前 " + reason.length() + " 个字。");
    }
    return reason;
  }

}
