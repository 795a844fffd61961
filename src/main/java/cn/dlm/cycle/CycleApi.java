package cn.dlm.cycle;

import cn.dlm.access.AccessModel;
import cn.dlm.platform.Privileged;
import cn.dlm.platform.people.PeopleDirectory;
import cn.dlm.platform.web.ApiException;
import cn.dlm.platform.web.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Cycle facts the office needs that Tasklist and Cockpit do not show directly. */
@RestController
@RequestMapping("/api")
class CycleApi {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final TalkCheck talkCheck;
  private final ProcessEngine processEngine;
  private final PeopleDirectory people;

  public CycleApi(ProcessEngine processEngine, RuntimeService runtimeService, IdentityService identityService,
      TalkCheck talkCheck, PeopleDirectory people) {
    this.people = people;
    this.processEngine = processEngine;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.talkCheck = talkCheck;
  }

  /** The leadership teams (领导班子) a cycle can be started for, with their members. */
  @GetMapping("/teams")
  public List<Map<String, Object>> teams(HttpServletRequest request) {
    ApiUser.requireAnyGroup(request, AccessModel.OFFICE_GROUP, AccessModel.ADMIN_GROUP);
    return identityService.createGroupQuery().groupType(AccessModel.TEAM_GROUP_TYPE).orderByGroupId().asc().list()
        .stream().map(this::team).toList();
  }

  /**
   * The mandatory talk pairs (必谈对象) of a running cycle nobody has recorded yet. Whoever may not read
   * every cycle gets the same 403 for a cycle that is not theirs and for one that does not exist, so
   * that the answer does not tell which cycles exist.
   */
  @GetMapping("/cycles/{businessKey}/missing-talks")
  public Map<String, Object> missingTalks(@PathVariable String businessKey, HttpServletRequest request) {
    ApiUser user = ApiUser.current(request);
    boolean readsEveryCycle =
        user.isInAnyGroup(AccessModel.OFFICE_GROUP, AccessModel.SUPERVISORS_GROUP, AccessModel.ADMIN_GROUP);
    ProcessInstance cycle = Privileged.call(processEngine, () -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CycleContract.PROCESS_KEY).processInstanceBusinessKey(businessKey).singleResult());
    if (cycle == null) {
      throw readsEveryCycle ? ApiException.notFound("未找到进行中的民主生活会“" + businessKey + "”。") : ApiException.forbidden();
    }
    VariableMap variables = Privileged.call(processEngine,
        () -> runtimeService.getVariablesTyped(cycle.getId(), List.of(CycleContract.SECRETARY, CycleContract.MEMBERS), true));
    TeamRoster team = TeamRoster.of(variables::get);
    if (!readsEveryCycle && !user.id().equals(team.secretary())) {
      throw ApiException.forbidden();
    }
    List<Map<String, String>> missing = Privileged.call(processEngine,
        () -> talkCheck.missingPairLabels(cycle.getId(), team.secretary(), team.members()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("businessKey", businessKey);
    body.put("complete", missing.isEmpty());
    body.put("missing", missing.stream().map(pair -> pair.get("label")).toList());
    return body;
  }

  private Map<String, Object> team(Group group) {
    Map<String, Object> team = new LinkedHashMap<>();
    team.put("id", group.getId());
    team.put("name", group.getName());
    team.put("members", people.members(group.getId()).stream()
        .map(member -> Map.of("id", member.id(), "name", member.name())).toList());
    return team;
  }
}
