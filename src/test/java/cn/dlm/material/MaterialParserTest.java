package cn.dlm.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser on small fixtures written for the project, one per pattern members use. */
class MaterialParserTest {

  private static final List<String> AREAS = List.of("理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律");

  private final MaterialParser parser = new MaterialParser();

  @Test
  void inlineAreaHeadingsWithOrdinalItemsInTheSameParagraph() {
    ParsedMaterial material = parser.parse("""
        一、存在的主要问题
        (一)理论学习方面。一是政治理论学习的系统性还要强化。集体学习方式单一。二是学用结合不够紧密。措施不够精准。
        (二)工作作风方面。一是调查研究不够深入；二是文风会风还需改进。
        """);

    assertThat(material.problems()).extracting(Problem::area, Problem::title, Problem::text).containsExactly(
        tuple("理论学习", "政治理论学习的系统性还要强化", "政治理论学习的系统性还要强化。集体学习方式单一。"),
        tuple("理论学习", "学用结合不够紧密", "学用结合不够紧密。措施不够精准。"),
        tuple("工作作风", "调查研究不够深入", "调查研究不够深入；"),
        tuple("工作作风", "文风会风还需改进", "文风会风还需改进。"));
  }

  @Test
  void areaHeadingAloneOnItsLineFollowedByAParagraphWithoutOrdinalsIsOneProblem() {
    ParsedMaterial material = parser.parse("""
        一、存在的问题
        （一）思想政治方面
        对创新理论的学习还比较零散，系统把握不够。在学习形式上比较单一。
        （二）精神状态方面
        一是创新本领还有待提升。办法不多。
        二是开放发展还有待提速。
        """);

    assertThat(material.problems()).extracting(Problem::area, Problem::title).containsExactly(
        tuple("思想政治", "对创新理论的学习还比较零散，系统把握不够"),
        tuple("精神状态", "创新本领还有待提升"),
        tuple("精神状态", "开放发展还有待提速"));
    assertThat(material.problems().get(0).text()).isEqualTo("对创新理论的学习还比较零散，系统把握不够。在学习形式上比较单一。");
  }

  @Test
  void paragraphsUnderAnAreaHeadingWithoutOrdinalsFormOneProblem() {
    ParsedMaterial material = parser.parse("""
        一、存在的问题
        （一）工作作风方面
        会议较多，文件较多。
        有些会议时间较长。
        """);

    assertThat(material.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.title()).isEqualTo("会议较多，文件较多");
      assertThat(problem.text()).isEqualTo("会议较多，文件较多。\n有些会议时间较长。");
    });
  }

  @Test
  void longAreaHeadingIsKeptAsWrittenWithoutNumberingAndTheTrailingWordArea() {
    ParsedMaterial material = parser.parse("""
        一、存在的问题
        （一）带头深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”方面。
        对党的创新理论学得不够深。
        带头坚定理想信念，始终践行党的初心使命方面。
        宗旨意识有所淡化。
        """);

    assertThat(material.problems()).extracting(Problem::area, Problem::title).containsExactly(
        tuple("带头深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”", "对党的创新理论学得不够深"),
        tuple("带头坚定理想信念，始终践行党的初心使命", "宗旨意识有所淡化"));
  }

  @Test
  void areaHeadingsAreNormalizedWhateverTheirNumberingAndPunctuation() {
    ParsedMaterial material = parser.parse("""
        一、存在的问题
        （一）理论学习方面：一是学得不深。
        (二) 政治素质方面存在的问题。一是站位不高。
        3.能力本领方面一是本领不足。
        """);

    assertThat(material.problems()).extracting(Problem::area).containsExactly("理论学习", "政治素质", "能力本领");
  }

  @Test
  void numberedLinesWithoutAreaHeadingsHaveNoArea() {
    ParsedMaterial material = parser.parse("""
        一、存在问题
        1.学习深度不够。虽然定期组织集中学习。
        2、领会精度不准。思路多、举措少。
        ３．转化效率不高。
        """);

    assertThat(material.problems()).extracting(Problem::area, Problem::title).containsExactly(
        tuple(null, "学习深度不够"), tuple(null, "领会精度不准"), tuple(null, "转化效率不高"));
    assertThat(material.problems().get(1).text()).isEqualTo("领会精度不准。思路多、举措少。");
  }

  @Test
  void textBeforeTheFirstAreaHeadingIsAnIntroduction() {
    ParsedMaterial material = parser.parse("""
        一、存在的问题
        对照检视要求，班子查找出以下问题。
        (一)理论学习方面。一是学得不深。
        """);

    assertThat(material.problems()).extracting(Problem::title).containsExactly("学得不深");
  }


  @Test
  void numberedCausesAfterAnIntroductionEndingInAColon() {
    ParsedMaterial material = parser.parse("""
        二、存在问题的根源分析
        问题是表象，根子在思想。主要表现在以下几个方面：
        1.政治理论学习不够深。学习的广度和深度还不够。
        2.服务大局本领不够强。
        """);

    assertThat(material.causes()).extracting(MaterialItem::title, MaterialItem::text).containsExactly(
        tuple("政治理论学习不够深", "政治理论学习不够深。学习的广度和深度还不够。"),
        tuple("服务大局本领不够强", "服务大局本领不够强。"));
  }

  @Test
  void blockWithOrdinalsInsideIsOneMeasureHoldingItsSubItems() {
    ParsedMaterial material = parser.parse("""
        三、整改措施
        （一）加强政治建设，锤炼坚强党性。一是学习党章。二是遵守党章。
        三是维护党章。
        （二）树牢宗旨意识，恪守为民情怀。
        坚持把群众需要作为第一选择。
        """);

    assertThat(material.measures()).extracting(MaterialItem::title, MaterialItem::text).containsExactly(
        tuple("加强政治建设，锤炼坚强党性", "加强政治建设，锤炼坚强党性。一是学习党章。二是遵守党章。\n三是维护党章。"),
        tuple("树牢宗旨意识，恪守为民情怀", "树牢宗旨意识，恪守为民情怀。\n坚持把群众需要作为第一选择。"));
  }

  @Test
  void ordinalItemsOnTheirOwnLinesTakeTheParagraphsThatFollowThem() {
    ParsedMaterial material = parser.parse("""
        二、原因剖析
        一是理论修养有待进一步提高。工学矛盾处理不好。
        面对新情况新问题，还要抽出更多时间学习。
        二是创新意识有待进一步增强。
        """);

    assertThat(material.causes()).extracting(MaterialItem::text).containsExactly(
        "理论修养有待进一步提高。工学矛盾处理不好。\n面对新情况新问题，还要抽出更多时间学习。",
        "创新意识有待进一步增强。");
  }

  @Test
  void unnumberedParagraphsOfAPartAreItemsEach() {
    ParsedMaterial material = parser.parse("""
        原因剖析
        理想信念有所松动。
        宗旨意识有所淡薄。
        """);

    assertThat(material.causes()).extracting(MaterialItem::title).containsExactly("理想信念有所松动", "宗旨意识有所淡薄");
  }

  @Test
  void sectionHeadingsInTheirUsualWordings() {
    ParsedMaterial material = parser.parse("""
        一、存在的主要问题
        1.问题甲。
        二、问题产生的原因
        1.原因甲。
        三、今后努力方向和整改措施
        1.措施甲。
        """);

    assertThat(material.problems()).extracting(Problem::title).containsExactly("问题甲");
    assertThat(material.causes()).extracting(MaterialItem::title).containsExactly("原因甲");
    assertThat(material.measures()).extracting(MaterialItem::title).containsExactly("措施甲");
  }

  @Test
  void titleEndsAtAColonOrSemicolonToo() {
    ParsedMaterial material = parser.parse("""
        三、整改措施
        一是强化理论武装：认真学习。二是弘扬创新精神；推动创新。
        """);

    assertThat(material.measures()).extracting(MaterialItem::title).containsExactly("强化理论武装", "弘扬创新精神");
  }


  @Test
  void halfAndFullWidthPunctuationAreAlike() {
    String halfWidth = "一、存在问题\n(一)理论学习方面.一是学得不深;二是悟得不透.\n二、原因分析\n1.学习不够.\n三、整改措施\n(1)加强学习.";
    String fullWidth = "一、存在问题\n（一）理论学习方面。一是学得不深；二是悟得不透。\n二、原因分析\n１．学习不够。\n三、整改措施\n（１）加强学习。";

    ParsedMaterial half = parser.parse(halfWidth);
    ParsedMaterial full = parser.parse(fullWidth);

    assertThat(half.problems()).extracting(Problem::area, Problem::title)
        .containsExactly(tuple("理论学习", "学得不深"), tuple("理论学习", "悟得不透"));
    assertThat(full.problems()).extracting(Problem::area, Problem::title).isEqualTo(
        half.problems().stream().map(p -> tuple(p.area(), p.title())).toList());
    assertThat(half.causes()).extracting(MaterialItem::title).containsExactly("学习不够");
    assertThat(full.causes()).extracting(MaterialItem::title).containsExactly("学习不够");
    assertThat(full.measures()).extracting(MaterialItem::title).containsExactly("加强学习");
  }

  @Test
  void blankLinesLineBreaksOfEveryKindAndIndentationAreIgnored() {
    ParsedMaterial material = parser.parse(
        "\uFEFF一、存在的问题\r\n\r\n\u3000\u30001.学习深度不够。\r\n   \t\r\n\u3000\u30002.领会精度不准。\r"
            + "二、原因分析\u2028\u2028 1.理想信念有所松动。\u000B\u00A0\n");

    assertThat(material.problems()).extracting(Problem::title).containsExactly("学习深度不够", "领会精度不准");
    assertThat(material.causes()).extracting(MaterialItem::text).containsExactly("理想信念有所松动。");
  }

  @Test
  void strayMarkersVanishEvenInsideAWord() {
    ParsedMaterial material = parser.parse("""
        一、存在问题
        ##paidbegin##1.学习深度不够。以便腾出更多精##paidbegin##力下基层。
        2.领会##PAIDEND##精度不准。
        3.作风###paidend###paidbegin##不实。
        ##paidend##
        """);

    assertThat(material.problems()).extracting(Problem::title, Problem::text).containsExactly(
        tuple("学习深度不够", "学习深度不够。以便腾出更多精力下基层。"),
        tuple("领会精度不准", "领会精度不准。"),
        tuple("作风不实", "作风不实。"));
  }

  @Test
  void preambleBeforeTheFirstSectionIsNotParsedEvenIfItEnumerates() {
    ParsedMaterial material = parser.parse("""
        2023年度专题民主生活会对照检查材料
        根据要求，一是认真学习，二是广泛征求意见，三是深入谈心谈话。现对照检查如下：
        一、存在的问题
        1.学习深度不够。
        """);

    assertThat(material.problems()).extracting(Problem::title).containsExactly("学习深度不够");
  }

  @Test
  void numberingThatDoesNotContinueIsText() {
    ParsedMaterial material = parser.parse("""
        一、存在问题
        1.招商工作推进慢。
        5、6月份以来，项目落地少。
        2.安全监管不到位。
        三、整改措施
        一是加强学习。做到学习有计划，五是五、六是六。二是改进作风。
        """);

    assertThat(material.problems()).extracting(Problem::text).containsExactly(
        "招商工作推进慢。\n5、6月份以来，项目落地少。", "安全监管不到位。");
    assertThat(material.measures()).extracting(MaterialItem::title).containsExactly("加强学习", "改进作风");
  }

  @Test
  void otherNumberedPartsAreSkipped() {
    ParsedMaterial material = parser.parse("""
        一、上年度民主生活会整改措施落实情况
        1.已完成整改12项。
        二、存在的问题
        1.学习深度不够。
        """);

    assertThat(material.problems()).extracting(Problem::title).containsExactly("学习深度不够");
    assertThat(material.measures()).isEmpty();
  }

  @Test
  void closingDateIsNotPartOfTheLastMeasure() {
    ParsedMaterial material = parser.parse("三、整改措施\n1.加强学习。\n2023年12月20日\n");

    assertThat(material.measures()).extracting(MaterialItem::text).containsExactly("加强学习。");
  }

  @Test
  void listWithoutAnyHeadingIsReadAsProblems() {
    ParsedMaterial material = parser.parse("一是学习不够深入。二是作风不够扎实。");

    assertThat(material.problems()).extracting(Problem::area, Problem::title)
        .containsExactly(tuple(null, "学习不够深入"), tuple(null, "作风不够扎实"));
  }

  @Test
  void emptyOrUnstructuredInputGivesEmptyLists() {
    assertThat(parser.parse("").isEmpty()).isTrue();
    assertThat(parser.parse(null).isEmpty()).isTrue();
    assertThat(parser.parse(" \n\u3000\r\n").isEmpty()).isTrue();
    assertThat(parser.parse("今天天气很好，我们去公园散步。然后回家吃饭。").isEmpty()).isTrue();
    assertThat(parser.parse("\u0000\u0001\uFFFD\uD800").isEmpty()).isTrue();
  }


  @Test
  void suggestedAreaIsNullWithoutConfiguredAreas() {
    assertThat(parser.parse("一、存在问题\n1.学习深度不够。").problems())
        .extracting(Problem::suggestedArea).containsOnlyNulls();
  }

  @Test
  void suggestedAreaFollowsTheAreaHeadingWhenItNamesAConfiguredArea() {
    ParsedMaterial material = parser.parse("""
        一、存在问题
        （一）理论学习方面。一是作风不实。
        （二）在担当作为方面。一是学习不深。
        （三）思想政治方面。一是本领不强。
        """, AREAS);

    assertThat(material.problems()).extracting(Problem::area, Problem::suggestedArea).containsExactly(
        tuple("理论学习", "理论学习"), tuple("在担当作为", "担当作为"), tuple("思想政治", "政治素质"));
  }

  @Test
  void suggestedAreaIsTheAreaWhoseWordsTheProblemUsesWhenThereIsNoHeading() {
    ParsedMaterial material = parser.parse("""
        一、存在问题
        1.学习深度不够。集中学习次数不多。
        2.作风建设还有薄弱环节。工作中存在形式主义。
        3.廉洁意识有所弱化。
        4.天气很好。
        """, AREAS);

    assertThat(material.problems()).extracting(Problem::suggestedArea)
        .containsExactly("理论学习", "工作作风", "廉洁自律", null);
  }
}
