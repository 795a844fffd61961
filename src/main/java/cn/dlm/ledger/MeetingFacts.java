package cn.dlm.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the meeting report (会议情况报告) says, gathered from a cycle's variables: who attended,
 * how many criticisms each member received and gave, the problems found, the items decided.
 */
record MeetingFacts(
    String teamName,
    int year,
    String theme,
    LocalDate meetingDay,
    TeamRoster roster,
    List<Attendance> attendance,
    String absenceNotes,
    Map<String, int[]> criticismCounts,
    int criticismTotal,
    List<Problem> problems,
    List<RectificationItem> items) {

  record Attendance(String member, boolean present, String reason) {}

  record Problem(String area, String text) {}

  static MeetingFacts of(CycleRecord cycle, LedgerClock clock) {
    TeamRoster roster = roster(cycle);
    Object theme = cycle.variable("theme");
    Object meetingDate = cycle.variable("meetingDate");
    JsonNode criticisms = LedgerJson.tree(cycle.variable("criticisms"));
    Object absenceNotes = cycle.variable("absenceNotes");
    return new MeetingFacts(cycle.teamName(), cycle.year(), theme == null ? "" : theme.toString(),
        meetingDate instanceof Date date ? clock.localDate(date) : null, roster, attendance(cycle, roster),
        absenceNotes == null ? "" : absenceNotes.toString().trim(), criticismCounts(roster, criticisms),
        criticisms.isArray() ? criticisms.size() : 0, problems(cycle), cycle.items());
  }

  List<Attendance> absent() {
    return attendance.stream().filter(entry -> !entry.present()).toList();
  }

  long presentCount() {
    return attendance.stream().filter(Attendance::present).count();
  }

  private static TeamRoster roster(CycleRecord cycle) {
    Object secretary = cycle.variable("secretary");
    List<String> members = new ArrayList<>();
    LedgerJson.tree(cycle.variable("members")).forEach(member -> members.add(member.asText()));
    return new TeamRoster(secretary == null ? null : secretary.toString(), members);
  }

  /**
   * Who attended: an {@code attendance} list of {member, present, reason}, or the meeting record's
   * {@code presentMembers} against the whole team.
   */
  private static List<Attendance> attendance(CycleRecord cycle, TeamRoster roster) {
    List<Attendance> attendance = new ArrayList<>();
    JsonNode list = LedgerJson.tree(cycle.variable("attendance"));
    if (list.isArray() && !list.isEmpty()) {
      list.forEach(entry -> attendance.add(new Attendance(entry.path("member").asText(),
          entry.path("present").asBoolean(false), entry.path("reason").asText(""))));
      return attendance;
    }
    JsonNode present = LedgerJson.tree(cycle.variable("presentMembers"));
    if (present.isArray()) {
      List<String> presentIds = new ArrayList<>();
      present.forEach(member -> presentIds.add(member.asText()));
      roster.everyone().forEach(member -> attendance.add(new Attendance(member, presentIds.contains(member), "")));
    }
    return attendance;
  }

  /** Per person, criticisms received ([0]) and given ([1]); the team first, in its order. */
  private static Map<String, int[]> criticismCounts(TeamRoster roster, JsonNode criticisms) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    roster.everyone().forEach(person -> counts.put(person, new int[2]));
    criticisms.forEach(criticism -> {
      counts.computeIfAbsent(criticism.path("to").asText(), person -> new int[2])[0]++;
      counts.computeIfAbsent(criticism.path("from").asText(), person -> new int[2])[1]++;
    });
    counts.remove("");
    return counts;
  }

  /** The team material's problems ({@code problems} or {@code teamMaterial.problems}); failing those, the candidates. */
  private static List<Problem> problems(CycleRecord cycle) {
    List<Problem> problems = new ArrayList<>();
    JsonNode found = LedgerJson.tree(cycle.variable("problems"));
    if (!found.isArray() || found.isEmpty()) {
      found = LedgerJson.tree(cycle.variable("teamMaterial")).path("problems");
    }
    found.forEach(problem -> {
      String text = problem.isTextual() ? problem.asText()
          : firstText(problem, "problem", "title", "text");
      if (!text.isBlank()) {
        problems.add(new Problem(problem.path("area").asText(""), text));
      }
    });
    if (problems.isEmpty()) {
      LedgerJson.tree(cycle.variable(RectificationStart.CANDIDATES)).forEach(candidate -> {
        if (ItemSource.TEAM_MATERIAL.equals(candidate.path("source").asText())) {
          problems.add(new Problem(candidate.path("area").asText(""), firstText(candidate, "problem", "text")));
        }
      });
    }
    return problems;
  }

  private static String firstText(JsonNode node, String... fields) {
    for (String field : fields) {
      if (node.path(field).isTextual() && !node.path(field).asText().isBlank()) {
        return node.path(field).asText();
      }
    }
    return "";
  }
}
