package cn.dlm.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parsing time by input size, printed as a table, and its linear growth on adversarial inputs; not
 * part of the test suite (its name does not end in Test): timings belong in benchmarks. Run it with
 * {@code ./mvnw -o -q test -Dtest=MaterialParserBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and copy the figures into docs/material-parser.md.
 */
class MaterialParserBenchmark {

  private static final List<String> AREAS = List.of("理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律");
  private static final int[] SIZES = {64 * 1024, 256 * 1024, 1024 * 1024};
  private static final int WARM_UP = 3;
  private static final int RUNS = 7;

  private final MaterialParser parser = new MaterialParser();

  @Test
  void parsingTimeBySize() throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (int size : SIZES) {
      for (MaterialInputs.Adversarial input : inputs(size)) {
        String text = input.text();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        ParsedMaterial material = parser.parse(text, AREAS);
        assertThat(material).isNotNull();
        for (int run = 0; run < WARM_UP; run++) {
          parser.parse(text, AREAS);
        }
        long[] nanos = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
          long start = System.nanoTime();
          parser.parse(text, AREAS);
          nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        int items = material.problems().size() + material.causes().size() + material.measures().size();
        rows.add(new String[] {input.name(), String.valueOf(text.length()), String.valueOf(bytes),
            String.valueOf(items), millis(nanos[RUNS / 2]), millis(nanos[RUNS - 1])});
      }
    }
    StringBuilder table = new StringBuilder("\n| input | chars | UTF-8 bytes | items | median ms | slowest ms |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    rows.forEach(row -> table.append("| ").append(String.join(" | ", row)).append(" |\n"));
    System.out.println(table);
  }

  @Test
  void adversarialTextsTakeTimeLinearInTheirLength() {
    int small = 16 * 1024;
    int large = 16 * small;
    List<MaterialInputs.Adversarial> largeInputs = MaterialInputs.adversarial(large);
    for (MaterialInputs.Adversarial smallInput : MaterialInputs.adversarial(small)) {
      MaterialInputs.Adversarial largeInput = largeInputs.stream()
          .filter(input -> input.name().equals(smallInput.name())).findFirst().orElseThrow();
      long smallNanos = fastestOf(9, smallInput.text());
      long largeNanos = fastestOf(3, largeInput.text());
      // Sixteen times the text may take at most 128 times as long, plus 100 ms: linear work measures
      // 16 to 90 times here, quadratic work 256 times and more.
      assertThat(largeNanos).as("%s: %d ns for 16 K chars, %d ns for 256 K chars", smallInput.name(), smallNanos,
          largeNanos).isLessThan(128 * smallNanos + 100_000_000L);
    }
  }

  private long fastestOf(int runs, String text) {
    long fastest = Long.MAX_VALUE;
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      parser.parse(text, AREAS);
      fastest = Math.min(fastest, System.nanoTime() - start);
    }
    return fastest;
  }

  private static List<MaterialInputs.Adversarial> inputs(int size) throws IOException {
    List<MaterialInputs.Adversarial> inputs = new ArrayList<>();
    Path samples = Path.of("..", "shared", "materials");
    if (Files.isDirectory(samples)) {
      try (Stream<Path> files = Files.list(samples)) {
        StringBuilder all = new StringBuilder();
        for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
          all.append(Files.readString(file)).append('\n');
        }
        inputs.add(new MaterialInputs.Adversarial("shared samples repeated",
            MaterialInputs.repeatToLength(all.toString(), size / 3)));
      }
    }
    Path layouts = Path.of("src", "test", "resources", "materials");
    try (Stream<Path> files = Files.list(layouts)) {
      StringBuilder all = new StringBuilder();
      for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
        all.append(Files.readString(file)).append('\n');
      }
      inputs.add(new MaterialInputs.Adversarial("layout fixtures repeated",
          MaterialInputs.repeatToLength(all.toString(), size / 3)));
    }
    inputs.addAll(MaterialInputs.adversarial(size / 3));
    return inputs;
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }
}
