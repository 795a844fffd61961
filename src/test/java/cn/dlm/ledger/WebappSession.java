package cn.dlm.ledger;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like session with the Camunda webapps: logged in, with the CSRF token Tasklist sends. */
final class WebappSession {

  private static final String TOKEN_HEADER = "X-XSRF-TOKEN";

  private final HttpClient client;
  private final String base;

  private WebappSession(int port) {
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    this.base = "http://localhost:" + port;
  }

  static WebappSession login(int port, String user, String password) throws IOException, InterruptedException {
    WebappSession session = new WebappSession(port);
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = session.client.send(HttpRequest.newBuilder(session.uri(
            "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header(TOKEN_HEADER, session.token())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Login failed: " + login.statusCode() + " " + login.body());
    }
    return session;
  }

  HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path))
        .header(TOKEN_HEADER, token())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The session's CSRF token, which the webapps hand out on any GET. */
  private String token() throws IOException, InterruptedException {
    HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    return response.headers().firstValue(TOKEN_HEADER)
        .orElseThrow(() -> new IllegalStateException("No CSRF token handed out"));
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }
}
