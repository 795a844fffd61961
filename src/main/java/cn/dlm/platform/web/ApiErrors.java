package cn.dlm.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The one shape of every /api error: {"status": 4xx, "message": "中文说明"}. */
public final class ApiErrors {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiErrors() {}

  public static Map<String, Object> body(HttpStatus status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("message", message);
    return body;
  }

  public static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    response.setStatus(status.value());
    response.setCharacterEncoding("UTF-8");
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    JSON.writeValue(response.getOutputStream(), body(status, message));
  }
}
