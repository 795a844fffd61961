package cn.dlm.robot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * WeCom's and DingTalk's robot endpoints on the loopback address, as a test starts them: every request is kept, and
 * the answer is {@code {"errcode":0,"errmsg":"ok"}} unless the test says otherwise.
 */
final class RobotServer implements AutoCloseable {

  static final String WECOM_PATH = "/cgi-bin/webhook/send";
  static final String DINGTALK_PATH = "/robot/send";

  record Received(String path, Map<String, String> query, String contentType, JsonNode body) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile String answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";

  private RobotServer(HttpServer server) {
    this.server = server;
    server.createContext(WECOM_PATH, this::handle);
    server.createContext(DINGTALK_PATH, this::handle);
    server.start();
  }

  static RobotServer on(int port) {
    try {
      return new RobotServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RobotServer start() {
    return on(0);
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  void forget() {
    received.clear();
  }

  void answer(String json) {
    this.answer = json;
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    received.add(new Received(exchange.getRequestURI().getPath(), query(exchange.getRequestURI().getRawQuery()),
        exchange.getRequestHeaders().getFirst("Content-Type"), JSON.readTree(new String(body, StandardCharsets.UTF_8))));
    byte[] response = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, response.length);
    exchange.getResponseBody().write(response);
    exchange.close();
  }

  /** The query's parameters, decoded, as the product reads them. */
  private static Map<String, String> query(String raw) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int equals = pair.indexOf('=');
        parameters.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return parameters;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
