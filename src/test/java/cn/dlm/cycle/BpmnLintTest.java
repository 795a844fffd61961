package cn.dlm.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Every model in processes/ passes bpmnlint's recommended rules (.bpmnlintrc), run by npx. */
class BpmnLintTest {

  static final String BPMNLINT = "bpmnlint@11.15.0";

  @Test
  void processesPassBpmnlintRecommended() throws Exception {
    File[] models = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
    assertThat(models).isNotEmpty();
    List<String> command = new ArrayList<>(List.of("npx", "--yes", BPMNLINT));
    Arrays.stream(models).map(File::getPath).sorted().forEach(command::add);
    Process lint = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("bpmnlint finished").isTrue();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.exitValue()).as(output).isZero();
    assertThat(output).doesNotContain("warning").doesNotContain("error");
  }
}
