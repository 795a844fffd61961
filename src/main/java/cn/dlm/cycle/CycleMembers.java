package cn.dlm.cycle;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Who takes part in a cycle, for the models' multi-instance collections ({@code ${cycleMembers.participants(execution)}}):
 * the secretary (书记) first, then the members (班子成员). Java reads the same from {@link TeamRoster}.
 */
@Component("cycleMembers")
public class CycleMembers {

  public List<String> participants(VariableScope scope) {
    return TeamRoster.of(scope).everyone();
  }
}
