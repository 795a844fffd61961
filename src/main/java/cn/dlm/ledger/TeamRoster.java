package cn.dlm.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The leadership team (领导班子) of a cycle: its secretary (书记) and members, from the cycle's variables. */
public record TeamRoster(String secretary, List<String> members) {

  public static TeamRoster of(VariableScope scope) {
    String secretary = (String) scope.getVariable("secretary");
    List<String> members = new ArrayList<>();
    JsonNode list = LedgerJson.tree(scope.getVariable("members"));
    if (list.isArray()) {
      list.forEach(member -> {
        if (member.isTextual() && !member.asText().isBlank()) {
          members.add(member.asText());
        }
      });
    }
    return new TeamRoster(secretary, List.copyOf(members));
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
