package cn.dlm.cycle;

import cn.dlm.platform.FeatureApi;
import cn.dlm.platform.form.FormInput;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The leadership team (领导班子) of a cycle: its secretary (书记) and members, from the cycle's variables
 * {@link CycleContract#SECRETARY} and {@link CycleContract#MEMBERS} (a Json list of user ids). Every feature reads
 * the team this way.
 */
@FeatureApi
public record TeamRoster(String secretary, List<String> members) {

  public TeamRoster {
    members = List.copyOf(members);
  }

  public static TeamRoster of(VariableScope scope) {
    return of(scope::getVariable);
  }

  /** From any source of a cycle's variables: a running scope, a history record, a variable map. */
  public static TeamRoster of(Function<String, Object> variables) {
    Object secretary = variables.apply(CycleContract.SECRETARY);
    return new TeamRoster(secretary == null ? null : secretary.toString(),
        FormInput.strings(variables.apply(CycleContract.MEMBERS), CycleContract.MEMBERS));
  }

  /** Secretary first, then the members in their order, each once. */
  public List<String> everyone() {
    Set<String> all = new LinkedHashSet<>();
    if (secretary != null) {
      all.add(secretary);
    }
    all.addAll(members);
    return List.copyOf(all);
  }

  public boolean contains(String userId) {
    return userId != null && everyone().contains(userId);
  }
}
