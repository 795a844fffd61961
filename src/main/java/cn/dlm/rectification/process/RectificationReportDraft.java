package cn.dlm.rectification.process;

import cn.dlm.cycle.CycleContract;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.ChineseDates;
import cn.dlm.rectification.domain.ItemStatus;
import cn.dlm.rectification.domain.ItemType;
import cn.dlm.rectification.domain.LedgerJson;
import cn.dlm.rectification.domain.LedgerSummary;
import cn.dlm.rectification.domain.RectificationItem;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Drafts the rectification report (整改落实情况报告) from the ledger for the secretary to edit;
 * after a return by the supervisors the last signed text is offered again.
 */
@Component("rectificationReportDraft")
public class RectificationReportDraft {

  private final EngineClock clock;

  public RectificationReportDraft(EngineClock clock) {
    this.clock = clock;
  }

  public String text(DelegateExecution execution) {
    JsonNode previous = LedgerJson.tree(execution.getVariable(RectificationContract.REPORT));
    if (previous.path("text").isTextual()) {
      return previous.path("text").asText();
    }
    List<RectificationItem> items = ProcessLedger.of(execution).items();
    return compose(teamName(execution), execution.getVariable(CycleContract.YEAR), items);
  }

  /** The text the secretary signed, for the supervisors to read. */
  public String signedText(DelegateExecution execution) {
    return LedgerJson.report(execution.getVariable(RectificationContract.REPORT)).text();
  }

  String compose(String teamName, Object year, List<RectificationItem> items) {
    LedgerSummary summary = LedgerSummary.of(items);
    StringBuilder text = new StringBuilder();
    text.append("关于").append(teamName).append(year == null ? "" : year + "年度")
        .append("民主生活会整改落实情况的报告\n\n");
    text.append("对照民主生活会查摆的问题、征求到的意见建议和相互批评意见，班子制定整改方案，共确定整改事项")
        .append(summary.total()).append("项，其中立行立改").append(count(items, ItemType.IMMEDIATE))
        .append("项、限期整改").append(count(items, ItemType.TIME_BOUND)).append("项、长期坚持")
        .append(count(items, ItemType.LONG_TERM)).append("项。截至").append(ChineseDates.of(clock.today()))
        .append("，已整改到位并验收销号").append(summary.closed()).append("项，结转下年度")
        .append(summary.carriedOver()).append("项。\n\n一、整改事项完成情况\n");
    int number = 0;
    for (RectificationItem item : items) {
      text.append(++number).append(". ").append(item.problem()).append("\n   整改措施：").append(item.measure())
          .append("\n   责任人：").append(item.responsibleName()).append("；完成时限：").append(item.deadline())
          .append("；").append(item.status().label())
          .append(item.closedAt() == null ? "" : "（" + item.closedAt() + "）").append("\n");
      if (item.latestProgress() != null) {
        text.append("   整改成效：").append(item.latestProgress()).append("\n");
      }
    }
    text.append("\n二、结转事项及理由\n");
    if (summary.carriedOver() == 0) {
      text.append("无。\n");
    }
    for (RectificationItem item : items) {
      if (item.status() == ItemStatus.CARRIED_OVER) {
        text.append("- ").append(item.problem()).append("：").append(item.carryOverReason()).append("\n");
      }
    }
    text.append("\n三、下一步打算\n（请书记补充。）\n");
    return text.toString();
  }

  private static String teamName(DelegateExecution execution) {
    Object name = execution.getVariable(CycleContract.TEAM_NAME);
    return name == null ? "" : name.toString();
  }

  private static long count(List<RectificationItem> items, ItemType type) {
    return items.stream().filter(item -> item.type() == type).count();
  }
}
