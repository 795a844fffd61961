package cn.dlm.rectification.domain;

import cn.dlm.cycle.TeamRoster;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Pre-fills the plan form from the cycle's candidates (rectificationCandidates): every problem,
 * opinion and criticism becomes a kept row with its source; the member it concerns is proposed as
 * responsible, the secretary for the team's own problems; the deadline and type are proposals.
 */
public final class PlanDraft {

  private PlanDraft() {}

  public static List<PlanRow> rows(JsonNode candidates, TeamRoster roster, LocalDate proposedDeadline) {
    List<PlanRow> rows = new ArrayList<>();
    if (!candidates.isArray()) {
      return rows;
    }
    for (JsonNode candidate : candidates) {
      String problem = firstText(candidate, "problem", "text");
      if (problem.isEmpty()) {
        continue;
      }
      String member = text(candidate, "member");
      String responsible = roster.contains(member) ? member : roster.secretary();
      rows.add(new PlanRow(true, problem, text(candidate, "source"), text(candidate, "sourceLabel"),
          text(candidate, "area"), "", responsible, proposedDeadline.toString(), ItemType.TIME_BOUND.label()));
    }
    return rows;
  }

  private static String firstText(JsonNode node, String... fields) {
    for (String field : fields) {
      String value = text(node, field);
      if (!value.isEmpty()) {
        return value;
      }
    }
    return "";
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText().trim() : "";
  }
}
