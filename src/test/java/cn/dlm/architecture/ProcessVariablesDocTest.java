package cn.dlm.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/process-variables.md lists every variable the processes carry: each one a model writes (output
 * parameters, call-activity outputs, result and element variables, {@code setVariable} in expressions, the
 * review comment a model names) and each one a feature's contract names. A variable missing from the page
 * fails here, so the page cannot fall behind the code.
 */
class ProcessVariablesDocTest {

  static final Path DOC = Path.of("docs/process-variables.md");
  static final Path MODELS = Path.of("processes");
  static final List<String> CONTRACTS = List.of("cn.dlm.cycle.CycleContract", "cn.dlm.material.MaterialContract",
      "cn.dlm.rectification.RectificationContract", "cn.dlm.season.SeasonContract",
      "cn.dlm.notification.NotificationContract", "cn.dlm.intake.IntakeContract", "cn.dlm.robot.RobotContract");

  /** What in a model writes a variable; group 1 is its name. */
  static final List<Pattern> MODEL_WRITES = List.of(
      Pattern.compile("<camunda:outputParameter name=\"(\\w+)\""),
      Pattern.compile("<camunda:out [^>]*target=\"(\\w+)\""),
      Pattern.compile("camunda:resultVariable=\"(\\w+)\""),
      Pattern.compile("camunda:elementVariable=\"(\\w+)\""),
      Pattern.compile("setVariable(?:Local)?\\('(\\w+)'"),
      Pattern.compile("<camunda:property name=\"reviewCommentVariable\" value=\"(\\w+)\""));

  @Test
  void everyVariableOfTheModelsAndContractsIsDocumented() throws Exception {
    Set<String> documented = documented(Files.readString(DOC));
    TreeMap<String, Set<String>> missing = new TreeMap<>();
    written().forEach((variable, writers) -> {
      if (!isDocumented(variable, documented)) {
        missing.put(variable, writers);
      }
    });
    assertThat(missing).as("variables written by these models or contracts, missing from " + DOC).isEmpty();
  }

  @Test
  void thePageListsVariablesFromItsTablesOnly() {
    Set<String> documented = documented("""
        Text mentioning `notAVariable`.

        | variable | type | meaning |
        |---|---|---|
        | `year`, `theme` | Integer, String | see `alsoNotAVariable` |
        | `rectificationItem_<id>` | Json object | one item |
        """);
    assertThat(documented).containsExactlyInAnyOrder("year", "theme", "rectificationItem_<id>");
    assertThat(isDocumented("rectificationItem_", documented)).isTrue();
    assertThat(isDocumented("notAVariable", documented)).isFalse();
  }

  static TreeMap<String, Set<String>> written() throws IOException, ReflectiveOperationException {
    TreeMap<String, Set<String>> written = new TreeMap<>();
    try (Stream<Path> models = Files.list(MODELS)) {
      for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
        String xml = Files.readString(model);
        for (Pattern write : MODEL_WRITES) {
          Matcher matcher = write.matcher(xml);
          while (matcher.find()) {
            written.computeIfAbsent(matcher.group(1), name -> new TreeSet<>()).add(model.getFileName().toString());
          }
        }
      }
    }
    for (String contract : CONTRACTS) {
      Class<?> type = Class.forName(contract);
      for (String variable : variables(type)) {
        written.computeIfAbsent(variable, name -> new TreeSet<>()).add(type.getSimpleName());
      }
    }
    return written;
  }

  /** A contract's String constants, except the keys of processes and decisions and the codes of values. */
  static List<String> variables(Class<?> contract) throws IllegalAccessException {
    List<String> variables = new ArrayList<>();
    for (Field field : contract.getFields()) {
      String name = field.getName();
      boolean notAVariable = name.equals("PROCESS_KEY") || name.endsWith("_PROCESS") || name.endsWith("_DECISION")
          || name.startsWith("SOURCE_");
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && !notAVariable) {
        variables.add((String) field.get(null));
      }
    }
    return variables;
  }

  /** The names in backticks in the first column of the page's tables. */
  static Set<String> documented(String page) {
    Set<String> names = new TreeSet<>();
    for (String line : page.split("\n")) {
      String[] cells = line.split("\\|");
      if (!line.startsWith("|") || cells.length < 2) {
        continue;
      }
      Matcher name = Pattern.compile("`([\\w<>]+)`").matcher(cells[1]);
      while (name.find()) {
        names.add(name.group(1));
      }
    }
    return names;
  }

  /** A prefix constant such as {@code rectificationItem_} is documented as {@code rectificationItem_<id>}. */
  static boolean isDocumented(String variable, Set<String> documented) {
    return documented.contains(variable)
        || documented.stream().anyMatch(name -> name.contains("<") && name.startsWith(variable));
  }
}
