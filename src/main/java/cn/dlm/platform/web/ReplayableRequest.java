package cn.dlm.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A small form request read ahead, so that a filter can see a field and the webapp still reads the
 * whole body (reading request parameters in a filter would take the body away from the webapp).
 */
class ReplayableRequest extends HttpServletRequestWrapper {

  private final byte[] body;

  private ReplayableRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /** The request with its body read, or null when the body is longer than {@code maxBytes}. */
  static ReplayableRequest read(HttpServletRequest request, int maxBytes) throws IOException {
    byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
    return body.length > maxBytes ? null : new ReplayableRequest(request, body);
  }

  /** The first value of a field of an {@code application/x-www-form-urlencoded} body, or null. */
  String formField(String name) {
    String form = new String(body, charset());
    for (String pair : form.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      try {
        if (URLDecoder.decode(key, charset()).equals(name)) {
          return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset());
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return in.read(buffer, offset, length);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("synchronous reads only");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
  }

  private Charset charset() {
    String encoding = getCharacterEncoding();
    try {
      return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
