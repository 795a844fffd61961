package cn.dlm.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.cycle.TalkPairs.Pair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mandatory talk pairs (必谈对象): the secretary with every member, the members with one another. */
class TalkPairsTest {

  @Test
  void theSecretaryTalksWithEveryMemberAndTheMembersWithOneAnother() {
    List<Pair> pairs = TalkPairs.mandatoryPairs("wangjianguo", List.of("lihua", "zhangmin", "sunlei"));

    assertThat(pairs).hasSize(6).doesNotHaveDuplicates();
    assertThat(pairs).contains(Pair.of("wangjianguo", "lihua"), Pair.of("zhangmin", "wangjianguo"),
        Pair.of("lihua", "sunlei"), Pair.of("sunlei", "zhangmin"));
  }

  @Test
  void aPairIsTheSameWhicheverSideRecordedIt() {
    assertThat(Pair.of("lihua", "zhangmin")).isEqualTo(Pair.of("zhangmin", "lihua"));
  }

  @Test
  void missingPairsAreThoseNeitherSideRecorded() {
    List<Pair> missing = TalkPairs.missing("wangjianguo", List.of("lihua", "zhangmin"),
        List.of(Pair.of("lihua", "wangjianguo"), Pair.of("zhangmin", "lihua"), Pair.of("lihua", "outsider")));

    assertThat(missing).containsExactly(Pair.of("wangjianguo", "zhangmin"));
  }

  @Test
  void aTeamOfASecretaryAloneHasNoPairs() {
    assertThat(TalkPairs.mandatoryPairs("wangjianguo", List.of())).isEmpty();
  }

  @Test
  void pairsAreLabelledWithDisplayNames() {
    Map<String, String> names = Map.of("wangjianguo", "王建国", "lihua", "李华");
    assertThat(TalkPairs.labelled(List.of(Pair.of("wangjianguo", "lihua")), names::get))
        .containsExactly(Map.of("label", "李华 — 王建国"));
  }
}
