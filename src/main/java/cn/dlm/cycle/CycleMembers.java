package cn.dlm.cycle;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Who takes part in a cycle: the secretary (书记) first, then the members (班子成员). */
@Component("cycleMembers")
public class CycleMembers {

  public List<String> members(VariableScope scope) {
    return TeamRoster.of(scope).members();
  }

  public List<String> participants(VariableScope scope) {
    TeamRoster team = TeamRoster.of(scope);
    List<String> participants = new ArrayList<>();
    participants.add(team.secretary());
    participants.addAll(team.members());
    return participants;
  }
}
