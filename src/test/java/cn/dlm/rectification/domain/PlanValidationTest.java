package cn.dlm.rectification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dlm.cycle.TeamRoster;
import cn.dlm.platform.form.InvalidSubmission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan (整改方案) check: every kept row valid, or the whole plan refused with what to correct. */
class PlanValidationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final TeamRoster TEAM = new TeamRoster("wangjianguo", List.of("lihua", "zhangmin"));
  static final Map<String, String> NAMES = Map.of("wangjianguo", "王建国", "lihua", "李华", "zhangmin", "张敏",
      "outsider", "外人");

  final PlanValidation validation = new PlanValidation(TEAM, LocalDate.of(2026, 12, 20), 3,
      userId -> NAMES.getOrDefault(userId, userId));

  static Map<String, Object> row(String problem, String responsible, String deadline, String type) {
    return Map.of("problem", problem, "measure", "措施：" + problem, "responsible", responsible,
        "deadline", deadline, "type", type, "source", "opinion", "sourceLabel", "征求意见（座谈会）");
  }

  static JsonNode rows(Object... rows) {
    return JSON.valueToTree(List.of(rows));
  }

  @Test
  void keptRowsBecomeItemsNumberedByYear() {
    List<RectificationItem> items = validation.items(rows(
        row("学习不深入", "lihua", "2027-03-31", "限期整改"),
        Map.of("keep", false, "problem", "不采纳的问题"),
        row("调研不够", "wangjianguo", "2027-06-30", "长期坚持")), 2026);

    assertThat(items).extracting(RectificationItem::id).containsExactly("2026-001", "2026-002");
    assertThat(items.get(0).responsibleName()).isEqualTo("李华");
    assertThat(items.get(0).source()).isEqualTo(ItemSource.OPINION);
    assertThat(items.get(1).deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(items.get(1).type()).isEqualTo(ItemType.LONG_TERM);
  }

  @Test
  void everyMistakeIsListedWithTheRowTheUserSees() {
    assertThatThrownBy(() -> validation.items(rows(
        Map.of("keep", false, "problem", "不采纳"),
        row("", "outsider", "2026-12-01", "随便"),
        row("调研不够", "zhangmin", "不是日期", "立行立改")), 2026))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessageContaining("整改方案有5处需要修改")
        .hasMessageContaining("第2项：问题不能为空")
        .hasMessageContaining("第2项：责任人“外人”不是本班子成员")
        .hasMessageContaining("第2项：完成时限（2026-12-01）须晚于会议召开日期（2026-12-20）")
        .hasMessageContaining("第2项：请选择整改类型")
        .hasMessageContaining("第3项：完成时限“不是日期”不是有效日期");
  }

  @Test
  void aPlanWithoutItemsOrWithTooManyIsRefused() {
    assertThatThrownBy(() -> validation.items(rows(Map.of("keep", false)), 2026))
        .isInstanceOf(InvalidSubmission.class).hasMessageContaining("没有整改事项");
    assertThatThrownBy(() -> validation.items(rows(
        row("一", "lihua", "2027-01-31", "立行立改"), row("二", "lihua", "2027-01-31", "立行立改"),
        row("三", "lihua", "2027-01-31", "立行立改"), row("四", "lihua", "2027-01-31", "立行立改")), 2026))
        .isInstanceOf(InvalidSubmission.class).hasMessageContaining("超过一次最多3项的上限");
  }

  @Test
  void aRowOfAnUnknownSourceCountsAsAddedInThePlan() {
    Map<String, Object> added = Map.of("problem", "新增问题", "measure", "新增措施", "responsible", "lihua",
        "deadline", "2027-01-31", "type", "立行立改", "source", "somewhere");
    assertThat(validation.items(rows(added), 2026).get(0).source()).isEqualTo(ItemSource.PLAN);
  }
}
