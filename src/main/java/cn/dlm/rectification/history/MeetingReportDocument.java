package cn.dlm.rectification.history;

import cn.dlm.platform.people.PeopleDirectory;
import cn.dlm.platform.time.EngineClock;
import cn.dlm.rectification.domain.ChineseDates;
import cn.dlm.rectification.domain.LedgerSummary;
import cn.dlm.rectification.domain.RectificationItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

/**
 * The meeting report (会议情况报告) as a Word draft: attendance, the opinions solicited, criticisms
 * per member, the problems found, the supervisors' comments, the secretary's summing-up and the
 * rectification items, for the office to check and complete before it goes up.
 */
@Component
public class MeetingReportDocument {

  static final String DRAFT_NOTE = "（本稿由系统根据会议记录自动生成，报送前请核对修改。）";
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  private final EngineClock clock;
  private final PeopleDirectory names;

  public MeetingReportDocument(EngineClock clock, PeopleDirectory names) {
    this.clock = clock;
    this.names = names;
  }

  public static String title(CycleRecord cycle) {
    return cycle.teamName() + cycle.year() + "年度民主生活会情况报告";
  }

  public byte[] draft(CycleRecord cycle) {
    MeetingFacts facts = MeetingFacts.of(cycle, clock);
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      centered(document, title(cycle), 18, true);
      centered(document, "（草稿）", 12, false);
      note(document, DRAFT_NOTE);
      meeting(document, facts);
      opinions(document, facts);
      criticisms(document, facts);
      problems(document, facts);
      supervisorComments(document, facts);
      secretarySummary(document, facts);
      rectification(document, facts);
      signature(document, facts);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void meeting(XWPFDocument document, MeetingFacts facts) {
    heading(document, "一、会议基本情况");
    String theme = facts.theme().isBlank() ? facts.year() + "年度民主生活会" : facts.theme();
    String when = facts.meetingDay() == null ? "" : ChineseDates.of(facts.meetingDay()) + "，";
    if (facts.attendance().isEmpty()) {
      paragraph(document, when + facts.teamName() + "召开" + theme + "。（会议出席情况尚未记录。）");
      return;
    }
    StringBuilder text = new StringBuilder(when + facts.teamName() + "召开" + theme + "。班子成员应到"
        + facts.attendance().size() + "人，实到" + facts.presentCount() + "人");
    for (MeetingFacts.Attendance absent : facts.absent()) {
      text.append("，").append(names.displayName(absent.member())).append("同志")
          .append(absent.reason().isBlank() ? "缺席" : "因" + absent.reason() + "请假");
    }
    paragraph(document, text.append("。").toString());
    if (!facts.absenceNotes().isBlank()) {
      paragraph(document, "缺席人员书面说明：" + facts.absenceNotes());
    }
    XWPFTable table = table(document, "姓名", "职务", "出席情况", "说明");
    for (MeetingFacts.Attendance entry : facts.attendance()) {
      row(table, names.displayName(entry.member()),
          entry.member().equals(facts.roster().secretary()) ? "书记" : "班子成员",
          entry.present() ? "出席" : "缺席", entry.reason());
    }
  }

  private void opinions(XWPFDocument document, MeetingFacts facts) {
    heading(document, "二、会前征求意见情况");
    if (facts.opinions().isEmpty()) {
      paragraph(document, "（征求到的意见建议尚未录入。）");
    } else {
      Map<String, Integer> byChannel = facts.opinionsByChannel();
      paragraph(document, "会前，通过" + String.join("、", byChannel.keySet()) + "等方式广泛征求意见建议，共收集"
          + facts.opinions().size() + "条，已原汁原味反馈给班子和班子成员本人。");
      paragraph(document, "从征求渠道看，" + counts(byChannel, channel -> channel) + "。");
      paragraph(document, "从意见对象看，" + counts(facts.opinionsByTarget(),
          target -> MeetingFacts.TEAM_TARGET.equals(target) ? "班子整体" : names.displayName(target)) + "。");
      paragraph(document, "从检视方面看，" + counts(facts.opinionsByArea(),
          area -> area.isBlank() ? "未注明方面" : area) + "。");
    }
    if (!facts.opinionReport().isBlank()) {
      paragraph(document, "会上通报的征求意见情况：");
      lines(document, facts.opinionReport());
    }
  }

  private void criticisms(XWPFDocument document, MeetingFacts facts) {
    heading(document, "三、开展批评和自我批评情况");
    paragraph(document, "会上，书记代表班子作对照检查，班子成员逐一作个人对照检查发言，相互提出批评意见共"
        + facts.criticismTotal() + "条。各成员收到和提出的批评意见如下：");
    XWPFTable table = table(document, "姓名", "收到批评意见（条）", "提出批评意见（条）");
    for (Map.Entry<String, int[]> entry : facts.criticismCounts().entrySet()) {
      row(table, names.displayName(entry.getKey()), String.valueOf(entry.getValue()[0]),
          String.valueOf(entry.getValue()[1]));
    }
  }

  private void problems(XWPFDocument document, MeetingFacts facts) {
    heading(document, "四、查摆的主要问题");
    if (facts.problems().isEmpty()) {
      paragraph(document, "（班子对照检查材料查摆的问题尚未录入。）");
      return;
    }
    String area = null;
    int areaNumber = 0;
    int number = 0;
    for (MeetingFacts.Problem problem : facts.problems()) {
      if (!problem.area().isBlank() && !Objects.equals(area, problem.area())) {
        area = problem.area();
        paragraph(document, "（" + numeral(++areaNumber) + "）" + area);
      }
      paragraph(document, ++number + ". " + problem.text());
    }
  }

  private void supervisorComments(XWPFDocument document, MeetingFacts facts) {
    heading(document, "五、督导组点评意见");
    if (facts.supervisorComments().isBlank()) {
      paragraph(document, "（督导组点评意见尚未录入。）");
      return;
    }
    paragraph(document, "督导组对会议进行了点评：");
    lines(document, facts.supervisorComments());
  }

  private void secretarySummary(XWPFDocument document, MeetingFacts facts) {
    heading(document, "六、书记总结讲话");
    if (facts.secretarySummary().isBlank()) {
      paragraph(document, "（书记总结讲话要点尚未录入。）");
      return;
    }
    String secretary = facts.roster().secretary();
    paragraph(document, (secretary == null ? "书记" : "书记" + names.displayName(secretary) + "同志")
        + "作总结讲话，要点如下：");
    lines(document, facts.secretarySummary());
  }

  private void rectification(XWPFDocument document, MeetingFacts facts) {
    heading(document, "七、整改落实安排");
    List<RectificationItem> items = facts.items();
    if (items.isEmpty()) {
      paragraph(document, "会后，班子将对照查摆的问题、征求到的意见建议和相互批评意见制定整改方案，"
          + "逐项明确整改措施、责任人和完成时限，建立整改台账，整改到位一项、销号一项。");
      return;
    }
    paragraph(document, "班子对照查摆的问题、征求到的意见建议和相互批评意见制定整改方案，确定整改事项" + items.size()
        + "项。" + LedgerWorkbook.describe(LedgerSummary.of(items)));
    XWPFTable table = table(document, "序号", "问题", "整改措施", "责任人", "完成时限", "状态");
    int number = 0;
    for (RectificationItem item : items) {
      row(table, String.valueOf(++number), item.problem(), item.measure(), item.responsibleName(),
          item.deadline() == null ? "" : item.deadline().toString(), item.status().label());
    }
  }

  private void signature(XWPFDocument document, MeetingFacts facts) {
    XWPFParagraph team = document.createParagraph();
    team.setAlignment(ParagraphAlignment.RIGHT);
    team.setSpacingBefore(400);
    team.createRun().setText(facts.teamName());
    XWPFParagraph date = document.createParagraph();
    date.setAlignment(ParagraphAlignment.RIGHT);
    date.createRun().setText(ChineseDates.of(clock.today()));
  }

  /** 座谈会3条，个别走访1条 */
  private static String counts(Map<String, Integer> counts, Function<String, String> label) {
    return String.join("，", counts.entrySet().stream()
        .map(entry -> label.apply(entry.getKey()) + entry.getValue() + "条").toList());
  }

  /** A text as typed into a form: one paragraph per non-empty line. */
  private static void lines(XWPFDocument document, String text) {
    text.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> paragraph(document, line));
  }

  private static String numeral(int number) {
    return number <= NUMERALS.length ? NUMERALS[number - 1] : String.valueOf(number);
  }

  private static void centered(XWPFDocument document, String text, int points, boolean bold) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    run(paragraph, text, "宋体", points).setBold(bold);
  }

  private static void note(XWPFDocument document, String text) {
    XWPFRun run = document.createParagraph().createRun();
    run.setText(text);
    run.setItalic(true);
    run.setFontSize(10);
  }

  private static void heading(XWPFDocument document, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setSpacingBefore(200);
    run(paragraph, text, "黑体", 14).setBold(true);
  }

  private static void paragraph(XWPFDocument document, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setFirstLineIndent(480);
    run(paragraph, text, "仿宋", 12);
  }

  /** The paragraph's text in the font and size the report uses for that kind of paragraph. */
  private static XWPFRun run(XWPFParagraph paragraph, String text, String font, int points) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setFontFamily(font);
    run.setFontSize(points);
    return run;
  }

  private static XWPFTable table(XWPFDocument document, String... headers) {
    XWPFTable table = document.createTable(1, headers.length);
    table.setWidth("100%");
    XWPFTableRow header = table.getRow(0);
    for (int column = 0; column < headers.length; column++) {
      XWPFRun run = header.getCell(column).getParagraphs().get(0).createRun();
      run.setText(headers[column]);
      run.setBold(true);
    }
    return table;
  }

  private static void row(XWPFTable table, String... cells) {
    XWPFTableRow row = table.createRow();
    for (int column = 0; column < cells.length; column++) {
      row.getCell(column).setText(cells[column] == null ? "" : cells[column]);
    }
  }
}
