package cn.dlm.roster;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Uploads a roster to /api/roster as a given demo user. */
final class RosterHttp {

  static final String PASSWORD = "Dlm#2026pass";

  private RosterHttp() {}

  static ResponseEntity<JsonNode> upload(TestRestTemplate http, String user, String filename, byte[] content,
      boolean dryRun) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return filename;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, PASSWORD)
        .postForEntity("/api/roster?dryRun=" + dryRun, new HttpEntity<>(parts, headers), JsonNode.class);
  }
}
