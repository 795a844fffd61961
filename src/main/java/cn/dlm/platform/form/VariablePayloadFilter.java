package cn.dlm.platform.form;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the variables a request to the engine's REST APIs carries before the engine does, so that what a form
 * never sends is refused with a Chinese 400 instead of failing inside the engine with an English 500: variable
 * types other than text, numbers, booleans, null and JSON (Java objects, XML, files, bytes); JSON that is malformed
 * or nested too deep; bodies too large for any form.
 */
final class VariablePayloadFilter extends OncePerRequestFilter {

  /** A 1 MB material is up to 3 MB of UTF-8, and a little more as JSON. */
  static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
  private static final Set<String> ACCEPTED_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
      "null", "json");
  private static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "processVariables",
      "processVariablesLocal", "processVariablesToTriggeredScope", "localVariables");
  private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());
  private static final ObjectMapper JSON_VALUE = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(SubmittedValues.MAX_DEPTH).build()).build());
  private static final ObjectMapper WRITER = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String method = request.getMethod();
    String contentType = request.getContentType();
    if (!("POST".equals(method) || "PUT".equals(method)) || contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      refuse(response, 413, "提交的内容过大（超过 " + MAX_BODY_BYTES / 1024 / 1024 + " MB），未予受理。");
      return;
    }
    String problem = body.length == 0 ? null : problem(body, request.getRequestURI());
    if (problem != null) {
      refuse(response, 400, problem);
      return;
    }
    chain.doFilter(new CachedBody(request, body), response);
  }

  private static String problem(byte[] body, String path) {
    JsonNode root;
    try {
      root = READER.readTree(body);
    } catch (IOException e) {
      return "提交的内容不是有效的 JSON 格式，未予受理。";
    }
    if (root == null || !root.isObject()) {
      return null;
    }
    if (path.matches(".*/(variables|localVariables)/[^/]+$")) {
      return typedValueProblem(path.substring(path.lastIndexOf('/') + 1), root);
    }
    for (String map : VARIABLE_MAPS) {
      JsonNode variables = root.get(map);
      if (variables != null && variables.isObject()) {
        for (Map.Entry<String, JsonNode> variable : (Iterable<Map.Entry<String, JsonNode>>) variables::fields) {
          String problem = typedValueProblem(variable.getKey(), variable.getValue());
          if (problem != null) {
            return problem;
          }
        }
      }
    }
    return null;
  }

  private static String typedValueProblem(String name, JsonNode value) {
    if (!value.isObject()) {
      return null;
    }
    String type = value.path("type").asText("").toLowerCase(Locale.ROOT);
    if (!type.isEmpty() && !ACCEPTED_TYPES.contains(type)) {
      return "“" + name + "”的数据类型（" + value.path("type").asText() + "）不受支持，未予受理。";
    }
    if (type.equals("json") && value.path("value").isTextual()) {
      try {
        JSON_VALUE.readTree(value.path("value").textValue());
      } catch (IOException e) {
        return "“" + name + "”不是有效的 JSON 数据或层次过深，未予受理。";
      }
    }
    return null;
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("status", status);
    body.put("message", message);
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(WRITER.writeValueAsBytes(body));
  }

  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return false;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
