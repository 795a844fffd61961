package cn.dlm.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The parser on real published materials kept outside the repository in ../shared/materials/
 * (see its README); skipped where that folder does not exist.
 */
@EnabledIf("samplesExist")
class MaterialSamplesTest {

  private static final Path SAMPLES = Path.of("..", "shared", "materials");

  private final MaterialParser parser = new MaterialParser();

  static boolean samplesExist() {
    return Files.isDirectory(SAMPLES);
  }

  @Test
  void teamMaterialWithInlineAreaHeadings() throws IOException {
    ParsedMaterial material = parser.parse(sample("000_"));

    assertThat(material.problems()).hasSize(12);
    assertThat(countByArea(material)).containsExactly(
        Map.entry("理论学习", 2L), Map.entry("政治素质", 2L), Map.entry("能力本领", 2L),
        Map.entry("担当作为", 2L), Map.entry("工作作风", 2L), Map.entry("廉洁自律", 2L));
    assertThat(material.problems().get(0).title()).isEqualTo("政治理论学习的系统性还要强化");
    assertThat(material.causes()).hasSize(5);
    assertThat(material.causes().get(0).title()).isEqualTo("政治理论学习不够深");
    assertThat(material.measures()).hasSize(5);
    assertThat(material.measures().get(4).title()).isEqualTo("严格依法用权，树立良好政府形象");
  }

  @Test
  void problemListWithoutAreaHeadingsAndWithStrayMarkers() throws IOException {
    ParsedMaterial material = parser.parse(sample("001_"));

    assertThat(material.problems()).hasSize(15).allSatisfy(problem -> assertThat(problem.area()).isNull());
    assertThat(material.problems().get(2).title()).isEqualTo("学习深度不够");
    assertThat(material.causes()).hasSize(4);
    assertThat(material.measures()).hasSize(4);
    assertThat(material.measures().get(0).title()).isEqualTo("加强政治建设，锤炼坚强党性");
  }

  @Test
  void individualMaterialWithAreaHeadingsOnTheirOwnLines() throws IOException {
    ParsedMaterial material = parser.parse(sample("003_"));

    assertThat(material.problems()).hasSize(4);
    assertThat(countByArea(material)).containsExactly(
        Map.entry("思想政治", 1L), Map.entry("精神状态", 2L), Map.entry("工作作风", 1L));
    assertThat(material.problems().get(3).text()).contains("腾出更多精力下基层");
    assertThat(material.causes()).hasSize(3);
    assertThat(material.causes().get(0).text()).contains("\n面对新时代一系列重大的理论成果");
    assertThat(material.measures()).hasSize(4);
    assertThat(material.measures()).extracting(MaterialItem::title)
        .containsExactly("强化理论武装", "弘扬创新精神", "推进从严治党", "抓实整改销号");
  }

  @Test
  void noOutputCarriesMarkers() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".txt")).toList()) {
        ParsedMaterial material = parser.parse(Files.readString(file), List.of("理论学习", "政治素质"));
        assertThat(material.isEmpty()).as(file.toString()).isFalse();
        assertThat(texts(material)).as(file.toString()).noneMatch(text -> text.contains("##"));
      }
    }
  }

  private static Stream<String> texts(ParsedMaterial material) {
    return Stream.of(
        material.problems().stream().flatMap(p -> Stream.of(p.area(), p.title(), p.text(), p.suggestedArea())),
        material.causes().stream().flatMap(c -> Stream.of(c.title(), c.text())),
        material.measures().stream().flatMap(m -> Stream.of(m.title(), m.text())))
        .flatMap(s -> s)
        .filter(text -> text != null);
  }

  private static Map<String, Long> countByArea(ParsedMaterial material) {
    Map<String, Long> counts = new LinkedHashMap<>();
    material.problems().forEach(problem -> counts.merge(problem.area(), 1L, Long::sum));
    return counts;
  }

  private static String sample(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      Path file = files.filter(path -> path.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow(() -> new IllegalStateException("No sample " + prefix + "… in " + SAMPLES.toAbsolutePath()));
      return Files.readString(file);
    }
  }
}
