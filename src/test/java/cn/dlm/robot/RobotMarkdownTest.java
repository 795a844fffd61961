package cn.dlm.robot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.notification.OverdueStep;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A post stays within WeCom's 4,096 bytes and the configured number of tasks, and counts what it leaves out. */
class RobotMarkdownTest {

  static final ZonedDateTime DUE = ZonedDateTime.of(2026, 10, 30, 18, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

  @Test
  void aLongDigestIsCutBelowWeComsLimitAndCountsTheRest() {
    List<OverdueStep> steps = IntStream.range(0, 60).mapToObj(i -> step(i, "撰写个人对照检查材料".repeat(8))).toList();

    RobotMessage message = new RobotMarkdown(new RobotProperties(null, null, null, null, 20))
        .teamDigest("某县人民政府党组", steps);

    assertThat(message.markdown().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
    long listed = message.markdown().lines().filter(line -> line.startsWith("- ")).count();
    assertThat(listed).isBetween(1L, 19L);
    assertThat(message.markdown()).endsWith("另有" + (60 - listed) + "项未列出，请在系统中查看。\n");
    assertThat(message.title()).isEqualTo("【催办】某县人民政府党组有60项待办已逾期");
  }

  @Test
  void atMostTheConfiguredNumberOfTasks() {
    List<OverdueStep> steps = IntStream.range(0, 5).mapToObj(i -> step(i, "报送会议方案")).toList();

    String text = new RobotMarkdown(new RobotProperties(null, null, null, null, 3)).escalation(steps).markdown();

    assertThat(text.lines().filter(line -> line.startsWith("- "))).hasSize(3)
        .allSatisfy(line -> assertThat(line).startsWith("- 某县人民政府党组：**报送会议方案**，负责人：刘芳、李华，截止：2026年10月30日 18:00，已逾期3天，[去办理](https://dlm.example.cn/"));
    assertThat(text).endsWith("另有2项未列出，请在系统中查看。\n");
  }

  private static OverdueStep step(int i, String name) {
    return new OverdueStep("task-" + i, "county-gov-party-group", "某县人民政府党组", name, List.of("刘芳", "李华"), DUE, 3,
        "https://dlm.example.cn/camunda/app/tasklist/default/#/?task=0000000" + i + "-aaaa-bbbb-cccc-dddddddddddd");
  }
}
