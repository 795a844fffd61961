package cn.dlm.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP requests sent from a chosen loopback address (127.0.0.2, 127.0.0.3, …), so that a test can
 * be several clients: the JDK's HttpClient cannot choose its local address on Java 17.
 */
class FromAddress {

  record Response(int status, String body) {}

  private final int port;
  private final String localAddress;

  FromAddress(int port, String localAddress) {
    this.port = port;
    this.localAddress = localAddress;
  }

  /** A GET over HTTP/1.0, so the answer is neither chunked nor kept alive. */
  Response get(String path, String... headers) {
    StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n")
        .append("Accept: application/json\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int statusStart = answer.indexOf(' ') + 1;
      int bodyStart = answer.indexOf("\r\n\r\n");
      return new Response(Integer.parseInt(answer.substring(statusStart, statusStart + 3)),
          bodyStart < 0 ? "" : answer.substring(bodyStart + 4));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
