package cn.dlm.cycle;

import static cn.dlm.platform.form.JsonValues.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Who records talks in a round of 记录谈心谈话: every participant in the first round; after the office's
 * check (核查谈心谈话) found missing pairs, only those with a missing pair, each told whom to talk with.
 * The check leaves {@code missingTalkPartners} in the cycle: user id → the partners still missing.
 */
@Component("talkRounds")
public class TalkRounds {


  public List<String> participants(VariableScope cycle) {
    SpinJsonNode missing = missingPartners(cycle);
    if (missing == null) {
      return TeamRoster.of(cycle).everyone();
    }
    return TeamRoster.of(cycle).everyone().stream()
        .filter(participant -> missing.hasProp(participant) && !missing.prop(participant).elements().isEmpty())
        .toList();
  }

  /** The partners this participant still has to talk with; empty in the first round. */
  public JsonValue missingPartners(VariableScope cycle, String participant) {
    SpinJsonNode missing = missingPartners(cycle);
    List<String> partners = new ArrayList<>();
    if (missing != null && missing.hasProp(participant)) {
      missing.prop(participant).elements().forEach(partner -> partners.add(partner.stringValue()));
    }
    return json(partners);
  }

  /** The value the check stores: for each participant with a missing pair, the partners of those pairs. */
  static Map<String, List<String>> byParticipant(List<TalkPairs.Pair> missing) {
    Map<String, List<String>> partners = new LinkedHashMap<>();
    for (TalkPairs.Pair pair : missing) {
      partners.computeIfAbsent(pair.first(), key -> new ArrayList<>()).add(pair.second());
      partners.computeIfAbsent(pair.second(), key -> new ArrayList<>()).add(pair.first());
    }
    return partners;
  }

  private static SpinJsonNode missingPartners(VariableScope cycle) {
    Object value = cycle.getVariable(CycleContract.MISSING_TALK_PARTNERS);
    return value instanceof SpinJsonNode node ? node : value instanceof JsonValue json ? json.getValue() : null;
  }
}
