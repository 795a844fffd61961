package cn.dlm.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** How a child JVM hands its figures to the orchestrator: one line on standard output. */
final class Output {

  static final String PREFIX = "BENCHMARK-RESULT ";
  static final ObjectMapper JSON = new ObjectMapper();

  private Output() {}

  static void emit(Map<String, Object> figures) {
    try {
      System.out.println(PREFIX + JSON.writeValueAsString(figures));
      System.out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static void progress(String line) {
    System.out.println("[benchmark] " + line);
    System.out.flush();
  }
}
