package cn.dlm.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.IntFunction;

/** Latency of REST calls as a user makes them: one at a time, HTTP Basic auth, the whole response read. */
final class RestLatency {

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String baseUrl;
  private final String password;

  RestLatency(String baseUrl, String password) {
    this.baseUrl = baseUrl;
    this.password = password;
  }

  record Call(String user, String path) {}

  /** Makes {@code warmUp} calls unmeasured, then {@code count} measured; call {@code i} is {@code calls.apply(i)}. */
  Percentiles measure(IntFunction<Call> calls, int warmUp, int count) {
    for (int i = 0; i < warmUp; i++) {
      get(calls.apply(i));
    }
    long[] nanos = new long[count];
    for (int i = 0; i < count; i++) {
      Call call = calls.apply(warmUp + i);
      long start = System.nanoTime();
      get(call);
      nanos[i] = System.nanoTime() - start;
    }
    return Percentiles.of(nanos);
  }

  /** The response body of one call; anything but 200 stops the benchmark. */
  String get(Call call) {
    String credentials = Base64.getEncoder()
        .encodeToString((call.user() + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + call.path()))
        .header("Authorization", "Basic " + credentials).header("Accept", "application/json").GET().build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + call.path() + " as " + call.user() + ": HTTP " + response.statusCode()
            + " " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("GET " + call.path() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static <T> T pick(List<T> values, int i) {
    return values.get(Math.floorMod(i * 7919, values.size()));
  }
}
