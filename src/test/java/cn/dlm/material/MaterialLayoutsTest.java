package cn.dlm.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.dlm.material.MaterialWarning.Code;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layouts members write in (issue 16), one fixture of the project's own per layout in
 * src/test/resources/materials/: counts, areas, titles and warnings.
 */
class MaterialLayoutsTest {

  private static final String AREA_1 =
      "带头坚持用党的创新理论武装头脑，不断提高政治判断力、政治领悟力、政治执行力，自觉在思想上政治上行动上同党中央保持高度一致";
  private static final String AREA_2 = "带头坚持人民至上，真心实意为群众办实事、解难题，切实维护群众切身利益";
  private static final String AREA_3 = "带头落实全面从严治党政治责任，持之以恒正风肃纪，营造风清气正政治生态";

  private final MaterialParser parser = new MaterialParser();

  @Test
  void layout1LongAreaHeadingsAloneOnTheirLinesThenAnIntroductionAndOrdinals() throws IOException {
    ParsedMaterial material = parser.parse(fixture("layout-01-long-area-headings.txt"));

    assertThat(countByArea(material)).containsExactly(Map.entry(AREA_1, 3L), Map.entry(AREA_2, 2L),
        Map.entry(AREA_3, 2L));
    assertThat(material.problems()).extracting(Problem::title).containsExactly(
        "学习的系统性还不够强，有时满足于跟进学习最新讲话，对理论体系的整体把握不够",
        "研讨交流的深度不够，发言以谈体会为主，联系思想和工作实际剖析问题少",
        "学用结合还不够紧密，用科学理论破解发展难题的办法不多",
        "联系服务群众的渠道不够畅通，听取基层意见多靠座谈会",
        "部分民生实事推进偏慢，老旧小区改造有3个项目未按期完工",
        "“一岗双责”压得不够实，个别班子成员抓分管领域党风廉政建设主动性不强",
        "对苗头性、倾向性问题发现不够早，提醒谈话开展得不够经常");
    assertThat(material.problems()).extracting(Problem::text).noneMatch(text -> text.contains("严格对照检查"));
    assertThat(material.causes()).extracting(MaterialItem::title)
        .containsExactly("理论学习抓得不够紧", "宗旨意识有所淡化", "从严治党的韧劲不足");
    assertThat(material.measures()).extracting(MaterialItem::title)
        .containsExactly("持续强化理论武装", "切实践行群众路线", "从严从实管党治党");
    assertThat(material.warnings()).isEmpty();
  }

  @Test
  void layout2HeadingLeadInAndItemsInOneParagraph() throws IOException {
    ParsedMaterial material = parser.parse(fixture("layout-02-heading-and-items-in-one-paragraph.txt"));

    assertThat(countByArea(material)).containsExactly(
        Map.entry("带头强化政治忠诚，在坚定拥护“两个确立”、坚决做到“两个维护”上持续用力", 2L),
        Map.entry("带头树立和践行正确政绩观，推动高质量发展", 3L),
        Map.entry("带头坚持艰苦奋斗、勤俭节约，自觉反对特权思想", 2L),
        Map.entry("带头增强斗争精神，勇于破解发展难题", 2L));
    assertThat(material.problems()).extracting(Problem::title).containsExactly(
        "贯彻上级决策部署有时停留在开会发文件，跟踪问效不够", "对意识形态领域新情况研判不够及时",
        "谋划发展的前瞻性不够，对产业转型的研究不深", "抓落实的力度有所递减，个别重点项目前松后紧",
        "统筹发展和安全的能力还要提高", "过紧日子的要求落实不够彻底，一般性支出压减不到位", "对身边工作人员要求不够严格",
        "攻坚克难的办法不多，对历史遗留问题有畏难情绪", "对风险隐患预判不够");
    assertThat(material.problems().get(4).text()).isEqualTo("统筹发展和安全的能力还要提高。");
    assertThat(material.causes()).singleElement().extracting(MaterialItem::title)
        .isEqualTo("政治理论学习不够深入，党性修养有所放松，宗旨意识还不够牢固，是上述问题的主要根源");
    assertThat(material.measures()).extracting(MaterialItem::title)
        .containsExactly("强化政治忠诚", "树牢正确政绩观", "保持艰苦奋斗作风");
    assertThat(material.warnings()).isEmpty();
  }

  @Test
  void layout3HeadingWithTheAreaWordBeforeItsEnd() throws IOException {
    ParsedMaterial material = parser.parse(fixture("layout-03-area-word-inside-heading.txt"));

    assertThat(countByArea(material)).containsExactly(
        Map.entry("带头学习掌握党的历史，汲取党史中正反两方面经验，增强历史自觉、筑牢政治忠诚", 2L),
        Map.entry("带头把握新发展阶段，统筹兼顾各方面利益，推动工作落实", 3L),
        Map.entry("带头密切联系群众，正确处理好两方面关系，即眼前与长远、局部与整体", 2L));
    assertThat(material.problems()).extracting(Problem::title).containsExactly(
        "学习党史的系统性不强，以读指定篇目为主", "运用历史经验指导工作不够，总结规律性认识少",
        "对新发展阶段的特点研究不深", "协调各方面关系时办法不多，个别矛盾化解不及时", "落实工作存在“上热中温下冷”现象",
        "下基层调研时间不够多", "统筹兼顾不够，有时重眼前轻长远");
    assertThat(material.causes()).hasSize(2);
    assertThat(material.measures()).hasSize(3);
    assertThat(material.warnings()).isEmpty();
  }

  @Test
  void layout4AreaAloneThenASummarySentenceThenOrdinalParagraphs() throws IOException {
    ParsedMaterial material = parser.parse(fixture("layout-04-area-alone-summary-then-ordinals.txt"));

    assertThat(countByArea(material)).containsExactly(Map.entry("在带头增强政治意识、提高政治能力", 2L),
        Map.entry("在带头践行以人民为中心的发展思想", 3L), Map.entry("在带头廉洁自律", 1L));
    assertThat(material.problems()).extracting(Problem::title).containsExactly(
        "政治敏锐性还不够强", "政治历练还不够多", "调查研究不够深入", "为民办事不够主动",
        "群众工作方法比较单一，对新媒体条件下联系群众研究不够", "对亲属和身边工作人员提醒教育不够经常");
    assertThat(material.problems()).extracting(Problem::text).noneMatch(text -> text.contains("本人"));
    assertThat(material.causes()).extracting(MaterialItem::title)
        .containsExactly("党性锤炼有所放松", "宗旨意识有所弱化", "纪律规矩意识不够强");
    assertThat(material.measures()).extracting(MaterialItem::title)
        .containsExactly("加强政治历练", "深入调查研究", "严格廉洁自律");
    assertThat(material.warnings()).isEmpty();
  }

  @Test
  void layout5MarkersFollowedByASpaceOrColonAndSequenceWords() throws IOException {
    ParsedMaterial material = parser.parse(fixture("layout-05-markers-with-space-colon-and-sequence-words.txt"));

    assertThat(material.problems()).extracting(Problem::area, Problem::title).containsExactly(
        tuple(null, "理论武装不够深入"), tuple(null, "担当作为不够有力"), tuple(null, "工作作风不够扎实"));
    assertThat(material.causes()).extracting(MaterialItem::title, MaterialItem::text).containsExactly(
        tuple("理想信念有所动摇", "理想信念有所动摇。对共产主义远大理想的认识还不够深刻。"),
        tuple("宗旨意识有所淡化", "宗旨意识有所淡化。与群众的感情不如从前深厚。"),
        tuple("纪律意识有所松懈", "纪律意识有所松懈。"));
    assertThat(material.measures()).extracting(MaterialItem::title)
        .containsExactly("强化理论武装", "提振干事精神", "转变工作作风");
    assertThat(material.measures().get(1).text()).endsWith("第一时间研究部署。");
    assertThat(material.warnings()).extracting(MaterialWarning::code).containsExactly(Code.NO_AREA);
  }

  @Test
  void layout6AreaHeadingAndItsSingleProblemInOneBlock() throws IOException {
    ParsedMaterial material = parser.parse(fixture("layout-06-area-and-single-problem-in-one-block.txt"));

    assertThat(material.problems()).extracting(Problem::area, Problem::title).containsExactly(
        tuple("政治功能", "存在基层党组织政治引领作用发挥不够充分的问题，个别支部“三会一课”内容单一，吸引力不强"),
        tuple("组织建设", "存在发展党员工作计划性不强的问题，青年党员占比偏低"),
        tuple("作风建设", "存在调研走过场的现象，调研报告中可操作的建议少"));
    assertThat(material.causes()).singleElement().extracting(MaterialItem::title)
        .isEqualTo("对党建工作的重要性认识不足，抓党建的精力投入不够");
    assertThat(material.measures()).extracting(MaterialItem::title).containsExactly("强化支部政治功能", "规范组织生活");
    assertThat(material.warnings()).isEmpty();
  }

  @Test
  void layout7NumberedProblemsKeepTheirSubPoints() throws IOException {
    ParsedMaterial material = parser.parse(fixture("layout-07-numbered-problems-with-sub-points.txt"));

    assertThat(material.problems()).extracting(Problem::area, Problem::title).containsExactly(
        tuple(null, "理论学习不够系统深入"), tuple(null, "担当作为不够有力"), tuple(null, "联系群众不够紧密"),
        tuple(null, "廉洁自律有所放松"));
    assertThat(material.problems().get(0).text()).contains("一是学习时间保障不够", "三是学用脱节");
    assertThat(material.problems().get(1).text())
        .isEqualTo("担当作为不够有力。具体表现为：\n一是面对改革中的难点问题，有时存在等靠思想。\n二是抓落实的韧劲不足，对一些长期任务跟踪不够。");
    assertThat(material.causes()).extracting(MaterialItem::title).containsExactly("理想信念有所弱化", "党性修养有所放松");
    assertThat(material.measures()).hasSize(4);
    assertThat(material.warnings()).extracting(MaterialWarning::code).containsExactly(Code.NO_AREA);
  }

  @Test
  void layout8GroupHeadingsWithCountsAndTitlesEndingAtTheFirstComma() throws IOException {
    ParsedMaterial material = parser.parse(fixture("layout-08-group-headings-with-counts.txt"));

    assertThat(countByArea(material)).containsExactly(
        Map.entry("学习研讨", 3L), Map.entry("工作作风", 2L), Map.entry("廉洁自律", 2L));
    assertThat(material.problems()).extracting(Problem::title).containsExactly(
        "学习深度不足", "研讨交流不充分", "学习成果转化不够", "调查研究不够深入", "会议文件仍然偏多",
        "对配偶子女的教育管理不够严格", "公务接待标准执行不够严格");
    assertThat(material.problems().get(0).text()).isEqualTo("学习深度不足,流于表面化,对新思想的核心要义把握不够");
    assertThat(material.causes()).extracting(MaterialItem::title).containsExactly("理论学习抓得不够紧", "作风建设常抓不懈不够");
    assertThat(material.measures()).extracting(MaterialItem::title)
        .containsExactly("完善学习制度", "持续精文减会", "严格执行廉洁自律各项规定");
    assertThat(material.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.code()).isEqualTo(Code.COUNT_MISMATCH);
      assertThat(warning.message()).contains("廉洁自律", "3", "2");
    });
  }

  @Test
  void layout9ProblemCausePairs() throws IOException {
    ParsedMaterial material = parser.parse(fixture("layout-09-problem-cause-pairs.txt"));

    assertThat(material.problems()).extracting(Problem::title, Problem::text).containsExactly(
        tuple("理论学习的主动性不够强", "理论学习的主动性不够强。满足于参加集中学习，自学时间不够。"),
        tuple("攻坚克难的勇气不足", "攻坚克难的勇气不足。对矛盾较多的历史遗留问题推进较慢。"),
        tuple("服务群众不够主动", "服务群众不够主动。"));
    assertThat(material.causes()).extracting(MaterialItem::title, MaterialItem::text).containsExactly(
        tuple("对理论学习的极端重要性认识不足，没有把学习当作一种政治责任", "对理论学习的极端重要性认识不足，没有把学习当作一种政治责任。"),
        tuple("担当意识有所弱化，存在求稳怕乱的心态", "担当意识有所弱化，存在求稳怕乱的心态。"),
        tuple("宗旨意识树得不够牢", "宗旨意识树得不够牢，\n对群众的感情不够深厚。"));
    assertThat(material.measures()).hasSize(3);
    assertThat(material.warnings()).extracting(MaterialWarning::code).containsExactly(Code.NO_AREA);
  }

  @Test
  void problemCauseMeasureTriplesUnderAHeadingNamingProblemsAndCauses() {
    ParsedMaterial material = parser.parse("""
        一、存在的问题及原因分析
        （一）理论学习方面
        问题：学习不够系统。
        原因分析：重业务轻学习。
        整改措施：制定学习计划。
        （二）工作作风方面
        问题：调研不够深入。
        原因分析：怕麻烦。
        整改措施：每季度蹲点调研。
        """);

    assertThat(material.problems()).extracting(Problem::area, Problem::title).containsExactly(
        tuple("理论学习", "学习不够系统"), tuple("工作作风", "调研不够深入"));
    assertThat(material.causes()).extracting(MaterialItem::title).containsExactly("重业务轻学习", "怕麻烦");
    assertThat(material.measures()).extracting(MaterialItem::title).containsExactly("制定学习计划", "每季度蹲点调研");
    assertThat(material.warnings()).isEmpty();
  }

  @Test
  void layout10BoldAndBracketedHeadingsAndCausesAsOneParagraph() throws IOException {
    ParsedMaterial material = parser.parse(fixture("layout-10-section-heading-variants.txt"));

    assertThat(material.problems()).extracting(Problem::title).containsExactly("学习不够深入", "作风不够扎实");
    assertThat(material.causes()).singleElement().satisfies(cause -> {
      assertThat(cause.text()).startsWith("问题的根子在于放松了世界观").endsWith("这是产生上述问题的思想根源。");
    });
    assertThat(material.measures()).extracting(MaterialItem::title).containsExactly("持之以恒加强学习", "驰而不息改进作风");
  }

  @ParameterizedTest
  @ValueSource(strings = {"存在的问题", "存在的突出问题", "存在的主要问题", "检视问题", "查摆问题", "存在问题", "问题查摆",
      "存在的问题及原因分析"})
  void problemHeadingWordings(String wording) {
    for (String heading : decorated(wording, 1)) {
      ParsedMaterial material = parser.parse("前言。\n" + heading + "\n1.学习不够深入。\n2.作风不够扎实。\n");
      assertThat(material.problems()).as(heading).extracting(Problem::title)
          .containsExactly("学习不够深入", "作风不够扎实");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"原因分析", "根源剖析", "产生问题的原因", "思想根源", "原因剖析", "问题产生的根源",
      "存在问题的根源分析"})
  void causeHeadingWordingsWithACauseParagraphWithoutItems(String wording) {
    for (String heading : decorated(wording, 2)) {
      ParsedMaterial material = parser.parse("一、存在的问题\n1.学习不够深入。\n" + heading
          + "\n放松了主观世界的改造，对自己要求不严，这是问题的根源。\n三、整改措施\n1.加强学习。\n");
      assertThat(material.problems()).as(heading).hasSize(1);
      assertThat(material.causes()).as(heading).extracting(MaterialItem::text)
          .containsExactly("放松了主观世界的改造，对自己要求不严，这是问题的根源。");
      assertThat(material.measures()).as(heading).hasSize(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"整改措施", "努力方向", "改进措施", "今后打算", "今后努力方向和整改措施", "下一步整改措施",
      "整改方向"})
  void measureHeadingWordings(String wording) {
    for (String heading : decorated(wording, 3)) {
      ParsedMaterial material = parser.parse("一、存在的问题\n1.学习不够深入。\n二、原因分析\n1.要求不严。\n" + heading
          + "\n1.加强学习。\n2.改进作风。\n");
      assertThat(material.causes()).as(heading).extracting(MaterialItem::title).containsExactly("要求不严");
      assertThat(material.measures()).as(heading).extracting(MaterialItem::title).containsExactly("加强学习", "改进作风");
    }
  }

  @Test
  void unnumberedHeadingFollowedByItsTextAfterAColon() {
    ParsedMaterial material = parser.parse("""
        一、存在的问题
        1.学习不够深入。
        原因分析：　放松了主观世界的改造。
        整改措施： 加强学习，改进作风。
        """);

    assertThat(material.causes()).extracting(MaterialItem::text).containsExactly("放松了主观世界的改造。");
    assertThat(material.measures()).extracting(MaterialItem::text).containsExactly("加强学习，改进作风。");
  }

  @Test
  void anIntroductionCountingAspectsIsNotAnAreaHeading() {
    ParsedMaterial material = parser.parse("""
        一、存在的问题
        对照要求，查摆出以下几个方面的问题：
        问题主要集中在理论学习、工作作风等方面。
        1.学习不够深入。
        主要体现在三个方面：
        2.作风不够扎实。
        """);

    assertThat(material.problems()).extracting(Problem::area, Problem::title)
        .containsExactly(tuple(null, "学习不够深入"), tuple(null, "作风不够扎实"));
  }

  @Test
  void sequenceWordsInsideAPhraseAreText() {
    ParsedMaterial material = parser.parse("三、整改措施\n第一，落实第一责任人职责，第一时间处置。第二，完善第一、二季度计划。");

    assertThat(material.measures()).extracting(MaterialItem::text)
        .containsExactly("落实第一责任人职责，第一时间处置。", "完善第一、二季度计划。");
  }

  @Test
  void warnsWhenNoProblemIsFound() {
    ParsedMaterial material = parser.parse("三、整改措施\n1.加强学习。");

    assertThat(material.warnings()).extracting(MaterialWarning::code).containsExactly(Code.NO_PROBLEMS);
  }

  @Test
  void warnsAboutAnItemFarLongerThanItsSiblings() {
    String merged = "理论学习不够深入。" + "对新思想的学习停留在读原文上，系统思考不够，联系实际不紧。".repeat(12);
    ParsedMaterial material = parser.parse("一、存在的问题\n（一）理论学习方面\n一是学得不深。二是悟得不透。三是"
        + merged + "四是用得不活。");

    assertThat(material.warnings()).extracting(MaterialWarning::code, MaterialWarning::message).containsExactly(
        tuple(Code.LONG_ITEM, "存在的问题第 3 条（“理论学习不够深入”）有 357 字，比同类条目长得多，可能把几条合在了一起：请核对是否需要拆分。"));
  }

  @Test
  void itemsOfSimilarLengthGiveNoWarning() {
    String item = "对新思想的学习停留在读原文上，系统思考不够，联系实际不紧。".repeat(12);
    ParsedMaterial material = parser.parse("一、存在的问题\n（一）理论学习方面\n一是" + item + "二是" + item + "三是" + item);

    assertThat(material.warnings()).isEmpty();
  }

  @Test
  void warnsAboutAnAreaHeadingTooLongToBeRead() {
    String longHeading = "（二）带头" + "坚持以人民为中心，".repeat(23) + "方面";
    ParsedMaterial material = parser.parse("一、存在的问题\n（一）理论学习方面\n一是学得不深。\n" + longHeading
        + "\n一是联系群众不紧。\n");

    assertThat(material.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.code()).isEqualTo(Code.HEADING_AS_TEXT);
      assertThat(warning.message()).startsWith("“（二）带头坚持以人民为中心").contains("检视方面");
    });
  }

  @Test
  void warnsAboutASectionHeadingOutOfPlace() {
    ParsedMaterial material = parser.parse("""
        一、存在的问题
        1.学习不够深入。
        二、整改措施
        1.加强学习。
        存在的问题
        2.改进作风。
        """);

    assertThat(material.measures()).hasSize(2);
    assertThat(material.warnings()).extracting(MaterialWarning::code, MaterialWarning::message)
        .containsExactly(tuple(Code.NO_AREA, "没有识别出检视方面的标题（如“（一）理论学习方面”）：请为每个问题核对或填写检视方面。"),
            tuple(Code.HEADING_AS_TEXT, "“存在的问题”像是部分标题，但出现在后面的部分之中，已作为正文读取：请核对问题、原因、措施是否分得正确。"));
  }

  @Test
  void aPartHeadingRepeatedInsideItsOwnPartIsNoWarning() {
    ParsedMaterial material = parser.parse("一、存在的问题\n（一）理论学习方面\n存在问题：\n一是学得不深。\n");

    assertThat(material.problems()).extracting(Problem::title).containsExactly("学得不深");
    assertThat(material.warnings()).isEmpty();
  }

  @Test
  void warningsAreBoundedInNumber() {
    String line = "一是" + "学习不深".repeat(80) + "方面\n";
    ParsedMaterial material = parser.parse("一、存在的问题\n（一）理论学习方面\n" + line.repeat(200));

    assertThat(material.warnings()).hasSizeLessThanOrEqualTo(Warnings.MAX);
  }

  @Test
  void headingsWithSemicolonsOrAPhraseAboutTheirShortcomingsAfterTheAreaWord() {
    ParsedMaterial material = parser.parse("""
        一、存在的问题
        （一）带头坚定理想信念；带头践行初心使命方面
        一是学得不深。
        （二）带头担当作为方面还存在的不足和差距：一是办法不多。
        带头改进作风；带头密切联系群众方面
        一是调研不深。
        """);

    assertThat(material.problems()).extracting(Problem::area, Problem::title).containsExactly(
        tuple("带头坚定理想信念；带头践行初心使命", "学得不深"), tuple("带头担当作为", "办法不多"),
        tuple("带头改进作风；带头密切联系群众", "调研不深"));
  }

  @Test
  void unnumberedShortHeadingBeforeItsItemsInOneParagraph() {
    ParsedMaterial material = parser.parse("""
        一、对照检查发现的问题
        在学习贯彻方面，班子存在三个问题：一是学习不深。二是运用不够。三是转化不足。
        在工作作风方面，班子存在两个问题：一是调研不深。二是会议较多。
        在廉洁自律方面，要求还不够严格。
        """);

    assertThat(countByArea(material)).containsExactly(Map.entry("在学习贯彻", 3L), Map.entry("在工作作风", 2L));
    assertThat(material.problems().get(4).text()).isEqualTo("会议较多。\n在廉洁自律方面，要求还不够严格。");
  }

  @Test
  void aTitleSkipsTheWordsThatAnnounceTheProblem() {
    ParsedMaterial material = parser.parse("一、存在的问题\n（一）理论学习方面。主要表现在：学习不够系统，存在碎片化现象。");

    assertThat(material.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.title()).isEqualTo("学习不够系统，存在碎片化现象");
      assertThat(problem.text()).isEqualTo("主要表现在：学习不够系统，存在碎片化现象。");
    });
  }

  @Test
  void aSummarySentenceAboutAnAreaIsNotAHeading() {
    ParsedMaterial material = parser.parse("""
        一、存在的问题
        （一）在带头践行宗旨方面
        本人在践行宗旨方面还存在一些差距。
        一是联系群众不够。
        二是办事效率不高。
        """);

    assertThat(material.problems()).extracting(Problem::area, Problem::title).containsExactly(
        tuple("在带头践行宗旨", "联系群众不够"), tuple("在带头践行宗旨", "办事效率不高"));
  }

  @Test
  void boldAreaHeadingsAreReadLikePlainOnes() {
    ParsedMaterial material = parser.parse("**一、存在的问题**\n**（一）理论学习方面**\n一是学得不深。\n");

    assertThat(material.problems()).extracting(Problem::area, Problem::title).containsExactly(tuple("理论学习", "学得不深"));
  }

  /** The heading as written with "一、", "第一部分", bold or brackets, and with a trailing colon. */
  private static List<String> decorated(String wording, int number) {
    String numeral = String.valueOf("一二三".charAt(number - 1));
    return List.of(numeral + "、" + wording, "第" + numeral + "部分 " + wording, "**" + numeral + "、" + wording + "**",
        "【" + wording + "】", wording + "：", "**" + wording + "：**", "**" + wording + "**：", numeral + "、" + wording + "：");
  }

  private static Map<String, Long> countByArea(ParsedMaterial material) {
    Map<String, Long> counts = new LinkedHashMap<>();
    material.problems().forEach(problem -> counts.merge(problem.area(), 1L, Long::sum));
    return counts;
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = MaterialLayoutsTest.class.getResourceAsStream("/materials/" + name)) {
      if (in == null) {
        throw new IllegalStateException("No fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
