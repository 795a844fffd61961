package cn.dlm.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random and adversarial inputs: the parser never throws and its output keeps its invariants. How its
 * running time grows with the input is measured by {@link MaterialParserBenchmark}, not here.
 */
class MaterialParserFuzzTest {

  private static final List<String> AREAS = List.of("理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律");
  private static final long SEED = 20251122L;

  private final MaterialParser parser = new MaterialParser();

  @Test
  void randomTextsNeverBreakTheParser() {
    Random random = new Random(SEED);
    for (int round = 0; round < 3000; round++) {
      int length = 1 + random.nextInt(round < 2500 ? 400 : 20_000);
      String text = switch (round % 3) {
        case 0 -> MaterialInputs.tokenSoup(random, length);
        case 1 -> MaterialInputs.randomCodeUnits(random, length);
        default -> mutate(random, MaterialInputs.FIXTURE);
      };
      ParsedMaterial material = parser.parse(text, round % 2 == 0 ? AREAS : List.of());
      assertInvariants(material, "round " + round + " (seed " + SEED + ")");
    }
  }

  @Test
  void markersInsertedAnywhereNeverReachTheOutput() {
    Random random = new Random(SEED);
    for (int round = 0; round < 500; round++) {
      String fixture = MaterialInputs.FIXTURE.replace("##paidbegin##", "");
      int[] positions = random.ints(5, 0, fixture.length() + 1).sorted().toArray();
      StringBuilder text = new StringBuilder();
      int copied = 0;
      for (int position : positions) {
        text.append(fixture, copied, position).append(random.nextBoolean() ? "##paidbegin##" : "##paidend##");
        copied = position;
      }
      text.append(fixture.substring(copied));
      ParsedMaterial material = parser.parse(text.toString());
      assertThat(outputs(material)).as("round %d", round).noneMatch(output -> output.contains("##"));
      assertThat(material.problems()).as("round %d", round).hasSize(3);
      assertThat(material.causes()).as("round %d", round).hasSize(2);
      assertThat(material.measures()).as("round %d", round).hasSize(2);
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void adversarialTextsOfAQuarterMegabyteKeepTheInvariants() {
    for (MaterialInputs.Adversarial input : MaterialInputs.adversarial(256 * 1024)) {
      assertInvariants(parser.parse(input.text(), AREAS), input.name());
    }
  }

  private static String mutate(Random random, String text) {
    StringBuilder mutated = new StringBuilder(text);
    for (int i = 0, edits = 1 + random.nextInt(20); i < edits && mutated.length() > 0; i++) {
      int at = random.nextInt(mutated.length());
      switch (random.nextInt(3)) {
        case 0 -> mutated.deleteCharAt(at);
        case 1 -> mutated.insert(at, MaterialInputs.tokenSoup(random, 1 + random.nextInt(5)));
        default -> mutated.setCharAt(at, (char) random.nextInt(0x10000));
      }
    }
    return mutated.toString();
  }

  private static void assertInvariants(ParsedMaterial material, String description) {
    assertThat(material).as(description).isNotNull();
    for (Problem problem : material.problems()) {
      assertItem(problem.title(), problem.text(), description);
      assertThat(problem.area()).as(description).satisfiesAnyOf(
          area -> assertThat(area).isNull(), area -> assertThat(area).isNotBlank().doesNotContain("\n"));
      assertThat(problem.suggestedArea()).as(description).satisfiesAnyOf(
          area -> assertThat(area).isNull(), area -> assertThat(AREAS).contains(area));
    }
    material.causes().forEach(cause -> assertItem(cause.title(), cause.text(), description));
    assertThat(material.warnings()).as(description).hasSizeLessThanOrEqualTo(Warnings.MAX)
        .allSatisfy(warning -> assertThat(warning.message()).isNotBlank());
    material.measures().forEach(measure -> assertItem(measure.title(), measure.text(), description));
    assertThat(outputs(material)).as(description).allSatisfy(output -> assertThat(output.chars())
        .noneMatch(c -> Character.isISOControl(c) && c != '\n' || c == '\uFEFF'));
  }

  private static void assertItem(String title, String text, String description) {
    assertThat(text).as(description).isNotBlank().isEqualTo(text.strip());
    assertThat(text).as(description).contains(title);
  }

  private static List<String> outputs(ParsedMaterial material) {
    return Stream.of(
        material.problems().stream().flatMap(p -> Stream.of(p.area(), p.title(), p.text())),
        material.causes().stream().flatMap(c -> Stream.of(c.title(), c.text())),
        material.measures().stream().flatMap(m -> Stream.of(m.title(), m.text())),
        material.warnings().stream().map(MaterialWarning::message))
        .flatMap(s -> s)
        .filter(output -> output != null)
        .toList();
  }
}
