package cn.dlm.benchmark;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JVM of its own for each measured program, so that its memory and start-up are its own: the same
 * java and classpath as the orchestrator, output into a log file under target/benchmark.
 */
final class ChildJvm {

  private final Path logDir;
  private final List<String> jvmOptions;

  ChildJvm(Path logDir, List<String> jvmOptions) {
    this.logDir = logDir;
    this.jvmOptions = jvmOptions;
  }

  /**
   * Starts {@code mainClass} with system properties and program arguments; output goes to {@code <name>.log}.
   * "{name}" in a JVM option becomes the name, e.g. {@code -XX:StartFlightRecording=filename={name}.jfr}.
   */
  Process start(String name, Class<?> mainClass, Map<String, String> properties, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    jvmOptions.forEach(option -> command.add(option.replace("{name}", name)));
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(args);
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile()).start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start " + mainClass.getName(), e);
    }
  }

  /** Runs {@code mainClass} to its end and returns the figures it emitted (see {@link Output}). */
  Map<String, Object> run(String name, Class<?> mainClass, Map<String, String> properties) {
    Output.progress("running " + name + " (log: " + log(name) + ")");
    Process process = start(name, mainClass, properties, List.of());
    try {
      int exit = process.waitFor();
      Optional<String> result = Files.readAllLines(log(name)).stream().filter(line -> line.startsWith(Output.PREFIX))
          .reduce((first, second) -> second);
      if (exit != 0 || result.isEmpty()) {
        throw new IllegalStateException(name + " failed (exit " + exit + "); see " + log(name));
      }
      return Output.JSON.readValue(result.get().substring(Output.PREFIX.length()), new TypeReference<>() { });
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Path log(String name) {
    return logDir.resolve(name + ".log");
  }
}
