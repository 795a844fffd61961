package cn.dlm.notification;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of the real SMTP server (GreenMail) that counts the connections clients open, and that
 * can cut a connection in the middle of a batch: it withholds the end of the n-th message's data, closes the
 * connection and refuses new ones until {@link #heal()}, as a server that went away would.
 */
final class CountingSmtpProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final int serverPort;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger messagesRelayed = new AtomicInteger();
  private volatile int cutBeforeMessage = Integer.MAX_VALUE;
  private volatile boolean refusing;

  CountingSmtpProxy(int serverPort) throws IOException {
    this.serverPort = serverPort;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "smtp-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  int connections() {
    return connections.get();
  }

  /** The next {@code messages} messages go through; the one after them is cut off with its connection. */
  void cutAfter(int messages) {
    cutBeforeMessage = messagesRelayed.get() + messages + 1;
  }

  void heal() {
    refusing = false;
    cutBeforeMessage = Integer.MAX_VALUE;
  }

  void reset() {
    heal();
    connections.set(0);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        if (refusing) {
          client.close();
          continue;
        }
        connections.incrementAndGet();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
        pump(server.getInputStream(), client.getOutputStream(), client, server);
        Thread toServer = new Thread(() -> relayCommands(client, server), "smtp-proxy-client");
        toServer.setDaemon(true);
        toServer.start();
      } catch (IOException e) {
        // listener closed
      }
    }
  }

  /** Client to server, line by line: a line "." ends a message's data. */
  private void relayCommands(Socket client, Socket server) {
    try (InputStream in = new BufferedInputStream(client.getInputStream()); OutputStream out = server.getOutputStream()) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != -1) {
        line.write(b);
        if (b != '\n') {
          continue;
        }
        if (line.toString(java.nio.charset.StandardCharsets.US_ASCII).equals(".\r\n")
            && messagesRelayed.incrementAndGet() >= cutBeforeMessage) {
          refusing = true;
          client.close();
          server.close();
          return;
        }
        out.write(line.toByteArray());
        out.flush();
        line.reset();
      }
    } catch (IOException e) {
      // either side closed
    } finally {
      closeQuietly(client, server);
    }
  }

  private static void pump(InputStream from, OutputStream to, Socket a, Socket b) {
    Thread thread = new Thread(() -> {
      try {
        from.transferTo(to);
      } catch (IOException e) {
        // either side closed
      } finally {
        closeQuietly(a, b);
      }
    }, "smtp-proxy-server");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket... sockets) {
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException e) {
        // already closed
      }
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
