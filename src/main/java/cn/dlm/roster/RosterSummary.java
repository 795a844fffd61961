package cn.dlm.roster;

import java.util.List;

/** The answer of {@code POST /api/roster}: counts and lines of each part of the plan. */
record RosterSummary(boolean dryRun, boolean applied, Counts counts, List<RosterChange> toCreate,
    List<RosterChange> toChange, List<RosterChange> notInSheet, String message) {

  record Counts(int toCreate, int toChange, int unchanged, int notInSheet) {}

  static RosterSummary of(RosterPlan plan, boolean dryRun) {
    Counts counts = new Counts(plan.toCreate.size(), plan.toChange.size(), plan.unchanged, plan.notInSheet.size());
    String message;
    if (plan.isEmpty()) {
      message = "名册与系统一致，无需更改。";
    } else if (dryRun) {
      message = "预检通过：将新建 " + counts.toCreate() + " 项、更改 " + counts.toChange() + " 项，尚未做任何更改。";
    } else {
      message = "导入完成：新建 " + counts.toCreate() + " 项、更改 " + counts.toChange() + " 项；新用户将收到设置密码的邮件。";
    }
    return new RosterSummary(dryRun, !dryRun && !plan.isEmpty(), counts, plan.toCreate, plan.toChange,
        plan.notInSheet, message);
  }
}
