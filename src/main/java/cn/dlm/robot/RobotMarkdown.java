package cn.dlm.robot;

import cn.dlm.notification.OverdueStep;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Chinese markdown of a post: a heading, then one line per task — step, owner, due date, days late and a link
 * into Tasklist. Texts from users lose the characters markdown would read as markup. A post stays below
 * {@value #MAX_BYTES} bytes (WeCom takes at most 4096) and lists at most {@code dlm.robot.max-tasks-per-post} tasks;
 * the rest are counted.
 */
@Component
class RobotMarkdown {

  static final int MAX_BYTES = 3800;
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final RobotProperties properties;

  RobotMarkdown(RobotProperties properties) {
    this.properties = properties;
  }

  RobotMessage teamDigest(String teamName, List<OverdueStep> steps) {
    String title = "【催办】" + plain(teamName) + "有" + steps.size() + "项待办已逾期";
    return message(title, "请以下同志抓紧办理：", steps, false);
  }

  RobotMessage escalation(List<OverdueStep> steps) {
    String title = "【督办】" + steps.size() + "项待办逾期未办，请督促办理";
    return message(title, "以下待办逾期较久，请组织办督促：", steps, true);
  }

  private RobotMessage message(String title, String intro, List<OverdueStep> steps, boolean withTeam) {
    StringBuilder text = new StringBuilder("### ").append(title).append("\n\n").append(intro).append("\n\n");
    int shown = 0;
    for (OverdueStep step : steps) {
      String line = line(step, withTeam);
      if (shown == properties.maxTasksPerPost()
          || bytes(text) + bytes(line) + 80 > MAX_BYTES) {
        break;
      }
      text.append(line);
      shown++;
    }
    if (shown < steps.size()) {
      text.append("\n另有").append(steps.size() - shown).append("项未列出，请在系统中查看。\n");
    }
    return new RobotMessage(title, text.toString());
  }

  private static String line(OverdueStep step, boolean withTeam) {
    String owners = step.ownerNames().isEmpty() ? "（无人认领）" : plain(String.join("、", step.ownerNames()));
    return "- " + (withTeam && step.teamName() != null && !step.teamName().isBlank() ? plain(step.teamName()) + "：" : "")
        + "**" + plain(step.stepName()) + "**，负责人：" + owners
        + (step.due() == null ? "" : "，截止：" + DUE.format(step.due()))
        + "，已逾期" + step.daysLate() + "天，[去办理](" + step.link() + ")\n";
  }

  /** The text without what markdown would read as markup or a line break. */
  static String plain(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder plain = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      plain.append(switch (c) {
        case '[' -> '［';
        case ']' -> '］';
        case '(' -> '（';
        case ')' -> '）';
        case '*' -> '＊';
        case '_' -> '＿';
        case '#' -> '＃';
        case '>' -> '＞';
        case '<' -> '＜';
        case '`' -> '\'';
        case '\n', '\r', '\t' -> ' ';
        default -> c;
      });
    }
    return plain.toString();
  }

  private static int bytes(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.UTF_8).length;
  }
}
