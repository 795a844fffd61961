package cn.dlm.rectification.domain;

import cn.dlm.cycle.TeamRoster;
import cn.dlm.platform.form.FormInput;
import cn.dlm.platform.form.InvalidSubmission;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the submitted plan (整改方案) and turns the kept rows into ledger items. Either every
 * kept row is valid and all items are created, or the whole plan is refused with the list of
 * what to correct; the row numbers are those the user sees in the form.
 */
public final class PlanValidation {

  static final int MAX_TEXT = 2000;
  private static final int LISTED_ERRORS = 10;

  private final TeamRoster roster;
  private final LocalDate meetingDay;
  private final int maxItems;
  private final Function<String, String> names;

  public PlanValidation(TeamRoster roster, LocalDate meetingDay, int maxItems, Function<String, String> names) {
    this.roster = roster;
    this.meetingDay = meetingDay;
    this.maxItems = maxItems;
    this.names = names;
  }

  /** The items of the plan, numbered {@code <year>-001} on; or an exception naming every problem. */
  public List<RectificationItem> items(JsonNode rows, int year) {
    List<String> errors = new ArrayList<>();
    List<RectificationItem> items = new ArrayList<>();
    int rowNumber = 0;
    for (JsonNode row : rows.isArray() ? rows : List.<JsonNode>of()) {
      rowNumber++;
      if (!isKept(row)) {
        continue;
      }
      String id = "%d-%03d".formatted(year, items.size() + 1);
      items.add(item(row, id, "第" + rowNumber + "项：", errors));
    }
    if (items.isEmpty()) {
      throw new InvalidSubmission("整改方案中没有整改事项：请至少保留或新增一项问题，并填写整改措施、责任人和完成时限。");
    }
    if (items.size() > maxItems) {
      throw new InvalidSubmission("整改方案共有" + items.size() + "项，超过一次最多" + maxItems
          + "项的上限：请合并相近的问题后再提交。");
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmission(describe(errors));
    }
    return items;
  }

  private RectificationItem item(JsonNode row, String id, String where, List<String> errors) {
    String problem = text(row, "problem");
    String measure = text(row, "measure");
    String responsible = text(row, "responsible");
    requireText(problem, where + "问题", errors);
    requireText(measure, where + "整改措施", errors);
    if (responsible.isEmpty()) {
      errors.add(where + "请选择责任人");
    } else if (!roster.contains(responsible)) {
      errors.add(where + "责任人“" + names.apply(responsible) + "”不是本班子成员");
    }
    LocalDate deadline = deadline(text(row, "deadline"), where, errors);
    Optional<ItemType> type = ItemType.find(text(row, "type"));
    if (type.isEmpty()) {
      errors.add(where + "请选择整改类型（立行立改、限期整改或长期坚持）");
    }
    String source = text(row, "source");
    if (!ItemSource.isKnown(source)) {
      source = ItemSource.PLAN;
    }
    return new RectificationItem(id, problem, source, text(row, "sourceLabel"), text(row, "area"), measure,
        responsible, names.apply(responsible), deadline, type.orElse(null));
  }

  private LocalDate deadline(String text, String where, List<String> errors) {
    if (text.isEmpty()) {
      errors.add(where + "请填写完成时限");
      return null;
    }
    LocalDate deadline;
    try {
      deadline = FormInput.parseDate(text, "完成时限");
    } catch (InvalidSubmission e) {
      errors.add(where + "完成时限“" + text + "”不是有效日期，请按“年-月-日”填写");
      return null;
    }
    if (meetingDay != null && !deadline.isAfter(meetingDay)) {
      errors.add(where + "完成时限（" + deadline + "）须晚于会议召开日期（" + meetingDay + "）");
    }
    return deadline;
  }

  private static void requireText(String value, String what, List<String> errors) {
    if (value.isEmpty()) {
      errors.add(what + "不能为空");
    } else if (value.length() > MAX_TEXT) {
      errors.add(what + "过长，请控制在" + MAX_TEXT + "字以内");
    }
  }

  private static boolean isKept(JsonNode row) {
    return !"false".equals(row.path("keep").asText());
  }

  private static String text(JsonNode row, String field) {
    JsonNode value = row.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText().trim() : "";
  }

  private static String describe(List<String> errors) {
    StringBuilder message = new StringBuilder("整改方案有").append(errors.size()).append("处需要修改：");
    message.append(String.join("；", errors.subList(0, Math.min(LISTED_ERRORS, errors.size()))));
    if (errors.size() > LISTED_ERRORS) {
      message.append("；……等共").append(errors.size()).append("处");
    }
    return message.append("。").toString();
  }
}
