package cn.dlm.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tiny HTTP client that keeps cookies like a browser, so a test can log in to the webapps and
 * then call the server with that session. Redirects are not followed: tests see the real status.
 *
 * <p>A wrong password makes the engine refuse that user for a few seconds (its login delay), even
 * with the right password: tests that send wrong passwords use {@link #WRONG_PASSWORD_USER}.
 */
public class SessionClient {

  public static final String DEMO_PASSWORD = "Dlm#2026pass";
  public static final String WRONG_PASSWORD = "Wrong#2026pass";

  /** The one demo user that tests may lock out by wrong passwords; no test expects it to log in. */
  public static final String WRONG_PASSWORD_USER = "wuhao";

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;

  public SessionClient(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  public HttpResponse<String> post(String path, String json, String... headers) {
    return send(request(path, headers).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> put(String path, String json, String... headers) {
    return send(request(path, headers).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> delete(String path, String... headers) {
    return send(request(path, headers).DELETE());
  }

  /**
   * Logs in to one of the webapps (tasklist, cockpit, admin, welcome) the way the login page does:
   * open the app for a CSRF token, post the form, then read the authentication back, which hands
   * the new session its own CSRF token.
   */
  public HttpResponse<String> webappLogin(String app, String userId, String password) {
    get("/camunda/app/" + app + "/");
    HttpResponse<String> login = postForm("/camunda/api/admin/auth/user/default/login/" + app,
        Map.of("username", userId, "password", password), csrfHeader());
    get("/camunda/api/admin/auth/user/default");
    return login;
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
    String form = fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** The header the webapps send with every state-changing request: the token of the XSRF-TOKEN cookie. */
  public String[] csrfHeader() {
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .findFirst().orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie yet"));
    return new String[] {"X-XSRF-TOKEN", token};
  }

  public static String[] basic(String userId, String password) {
    String credentials = Base64.getEncoder()
        .encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new String[] {"Authorization", "Basic " + credentials};
  }

  public static String[] basic(String userId) {
    return basic(userId, DEMO_PASSWORD);
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
