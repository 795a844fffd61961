package cn.dlm.rectification.history;

import cn.dlm.cycle.CycleContract;
import cn.dlm.cycle.TeamRoster;
import cn.dlm.material.MaterialContract;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.rectification.domain.ItemSource;
import cn.dlm.rectification.domain.LedgerJson;
import cn.dlm.rectification.domain.RectificationItem;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the meeting report (会议情况报告) says, gathered from a cycle's variables: the opinions
 * solicited (征求意见), who attended, how many criticisms each member received and gave, the
 * problems found, the supervisors' comments (督导组点评), the secretary's summing-up (书记总结) and
 * the items decided.
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
    List<Opinion> opinions,
    String opinionReport,
    String supervisorComments,
    String secretarySummary,
    List<RectificationItem> items) {

  /** Target of an opinion about the team as a whole (班子整体) rather than one member. */
  static final String TEAM_TARGET = "team";

  record Attendance(String member, boolean present, String reason) {}

  record Problem(String area, String text) {}

  /** One opinion solicited before the meeting: by which channel, about whom, on which area. */
  record Opinion(String channel, String target, String area) {}

  static MeetingFacts of(CycleRecord cycle, EngineClock clock) {
    TeamRoster roster = roster(cycle);
    Object meetingDate = cycle.variable(CycleContract.MEETING_DATE);
    JsonNode criticisms = LedgerJson.tree(cycle.variable(CycleContract.CRITICISMS));
    return new MeetingFacts(cycle.teamName(), cycle.year(), text(cycle, CycleContract.THEME),
        meetingDate instanceof Date date ? clock.localDate(date) : null, roster, attendance(cycle, roster),
        text(cycle, "absenceNotes"), criticismCounts(roster, criticisms),
        criticisms.isArray() ? criticisms.size() : 0, problems(cycle), opinions(cycle),
        text(cycle, "opinionReport"), text(cycle, "supervisorComments"), text(cycle, "secretarySummary"),
        cycle.items());
  }

  /** Opinions per channel, most first (ties in the order entered). */
  Map<String, Integer> opinionsByChannel() {
    return mostFirst(count(Opinion::channel));
  }

  /** Opinions per area, most first (ties in the order entered); last, as an empty area, those without one. */
  Map<String, Integer> opinionsByArea() {
    Map<String, Integer> byArea = mostFirst(count(Opinion::area));
    Integer withoutArea = byArea.remove("");
    if (withoutArea != null) {
      byArea.put("", withoutArea);
    }
    return byArea;
  }

  /** Opinions per target: the team as a whole first, then the team's people in their order, then any other. */
  Map<String, Integer> opinionsByTarget() {
    Map<String, Integer> counted = count(Opinion::target);
    Map<String, Integer> ordered = new LinkedHashMap<>();
    List<String> order = new ArrayList<>(List.of(TEAM_TARGET));
    order.addAll(roster.everyone());
    order.forEach(target -> {
      if (counted.containsKey(target)) {
        ordered.put(target, counted.get(target));
      }
    });
    counted.forEach(ordered::putIfAbsent);
    return ordered;
  }

  private Map<String, Integer> count(Function<Opinion, String> key) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    opinions.forEach(opinion -> counts.merge(key.apply(opinion), 1, Integer::sum));
    return counts;
  }

  private static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
    return sorted;
  }

  /** The opinions the office collected ({@code opinions}: channel, target, area and text each). */
  private static List<Opinion> opinions(CycleRecord cycle) {
    List<Opinion> opinions = new ArrayList<>();
    LedgerJson.tree(cycle.variable(CycleContract.OPINIONS)).forEach(opinion -> opinions.add(new Opinion(
        opinion.path("channel").asText("").trim(), opinion.path("target").asText("").trim(),
        opinion.path("area").asText("").trim())));
    return opinions;
  }

  private static String text(CycleRecord cycle, String name) {
    Object value = cycle.variable(name);
    return value == null ? "" : value.toString().trim();
  }

  List<Attendance> absent() {
    return attendance.stream().filter(entry -> !entry.present()).toList();
  }

  long presentCount() {
    return attendance.stream().filter(Attendance::present).count();
  }

  private static TeamRoster roster(CycleRecord cycle) {
    return TeamRoster.of(cycle::variable);
  }

  /**
   * Who attended: an {@code attendance} list of {member, present, reason}, or the meeting record's
   * {@code presentMembers} against the whole team.
   */
  private static List<Attendance> attendance(CycleRecord cycle, TeamRoster roster) {
    List<Attendance> attendance = new ArrayList<>();
    JsonNode list = LedgerJson.tree(cycle.variable(CycleContract.ATTENDANCE));
    if (list.isArray() && !list.isEmpty()) {
      list.forEach(entry -> attendance.add(new Attendance(entry.path("member").asText(),
          entry.path("present").asBoolean(false), entry.path("reason").asText(""))));
      return attendance;
    }
    JsonNode present = LedgerJson.tree(cycle.variable(CycleContract.PRESENT_MEMBERS));
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
    JsonNode found = LedgerJson.tree(cycle.variable(MaterialContract.PROBLEMS));
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
      LedgerJson.tree(cycle.variable(CycleContract.RECTIFICATION_CANDIDATES)).forEach(candidate -> {
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
