package cn.dlm.benchmark;

import java.time.LocalDate;
import java.util.List;

/**
 * The cycle's steps as the season takes them, in the order of the process. A step added to the
 * process is one more phase here.
 */
final class SeasonPhases {

  static final int YEAR = 2026;
  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
  static final LocalDate MEETING = LocalDate.of(2026, 12, 15);
  /** Talks and materials are due on Friday 2026-12-04: on Thursday 12-10 they are overdue and escalated. */
  static final LocalDate SWEEP_DAY = LocalDate.of(2026, 12, 10);
  static final LocalDate ITEM_DEADLINE = MEETING.plusDays(120);
  /** Open tasks of one team at the snapshot: each participant's talks and material, and the team material. */
  static int openTasksPerTeam(int people) {
    return 2 * people + 1;
  }

  private SeasonPhases() {}

  /** From the start to the preparation: talks, team material and members' materials all open. */
  static List<Phase> untilPreparation() {
    return List.of(
        launch(),
        Phase.of("record the study (记录会前集中学习)", cycle -> cycle.driver().recordStudy(cycle.cycle())),
        Phase.of("collect opinions (汇总征求意见)", cycle -> cycle.driver().collectOpinions(cycle.cycle())),
        Phase.of("acknowledge opinions (认领反馈意见)", cycle -> cycle.driver().acknowledgeOpinions(cycle.cycle()))
            .then(Season::awaitJobs));
  }

  /**
   * Every team's cycle started by the office's season launch (年度部署), one completion per 500 teams, then its jobs.
   */
  static Phase launch() {
    return Phase.of("launch the cycles (年度部署)", cycle -> { }).first(Season::launch)
        .then(Season::awaitJobs);
  }

  /** From the preparation to the end of rectification, with {@code items} rectification items per team. */
  static List<Phase> fromPreparation(int items) {
    return List.of(
        Phase.of("record and check talks (谈心谈话)", cycle -> {
          cycle.driver().recordAllTalks(cycle.cycle());
          cycle.driver().checkTalks(cycle.cycle());
        }),
        Phase.of("team material (班子对照检查材料)", cycle -> cycle.driver().teamMaterialApproved(cycle.cycle())),
        Phase.of("members' materials (个人对照检查材料)",
            cycle -> cycle.driver().allMemberMaterialsApproved(cycle.cycle())),
        Phase.of("report and approve the plan (会前报告)",
            cycle -> cycle.driver().reportAndApprovePlan(cycle.cycle(), MEETING)),
        Phase.of("record the meeting (召开会议)", cycle -> cycle.driver().complete(
            cycle.driver().task(cycle.cycle(), "Task_RecordMeeting"),
            cycle.driver().meetingForm(cycle.team().participants()))),
        Phase.of("report and notify; hand-over job (会后报告与通报)",
                cycle -> cycle.driver().followUp(cycle.cycle(), MEETING.plusDays(1)))
            .first(season -> season.clock(MEETING.plusDays(1).atTime(10, 0)))
            .then(Season::awaitJobs),
        Phase.of("rectification plan; item flows job (整改方案)",
                cycle -> cycle.driver().draftRectificationPlan(cycle.rectification(), items, ITEM_DEADLINE))
            .then(Season::awaitJobs),
        Phase.of("report progress (报告整改进展)", cycle -> cycle.driver().reportAllItems(cycle.rectification())),
        Phase.of("verify and close items (验收销号)", cycle -> cycle.driver().closeAllItems(cycle.rectification())),
        Phase.of("sign and acknowledge the report (签收)",
                cycle -> cycle.driver().signAndAcknowledgeReport(cycle.rectification()))
            .then(Season::awaitJobs));
  }
}
