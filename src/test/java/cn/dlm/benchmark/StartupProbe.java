package cn.dlm.benchmark;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Time from launching a web application's JVM to its first 200 on the Camunda welcome page. */
final class StartupProbe {

  static final String READY_PATH = "/camunda/app/welcome/";

  private final ChildJvm jvm;
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
      .connectTimeout(Duration.ofSeconds(2)).build();

  StartupProbe(ChildJvm jvm) {
    this.jvm = jvm;
  }

  /** Milliseconds to ready; the application is stopped afterwards. */
  long millisToReady(String name, Class<?> mainClass, int port, List<String> args) {
    long start = System.nanoTime();
    Process process = jvm.start(name, mainClass, Map.of(), args);
    try {
      URI ready = URI.create("http://127.0.0.1:" + port + READY_PATH);
      await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> {
        if (!process.isAlive()) {
          throw new IllegalStateException(name + " exited; see " + jvm.log(name));
        }
        return isOk(ready);
      });
      return (System.nanoTime() - start) / 1_000_000;
    } finally {
      stop(process);
    }
  }

  private boolean isOk(URI uri) {
    try {
      HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
