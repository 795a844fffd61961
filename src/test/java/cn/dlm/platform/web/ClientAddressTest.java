package cn.dlm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertThat(new ClientAddress(List.of()).of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
  }

  @Test
  void aTrustedProxyNamesTheClient() {
    ClientAddress address = new ClientAddress(List.of("10.0.0.1", "10.0.0.2"));

    assertThat(address.of(request("10.0.0.1", "198.51.100.1"))).isEqualTo("198.51.100.1");
    assertThat(address.of(request("10.0.0.1", "198.51.100.9, 198.51.100.1, 10.0.0.2")))
        .as("what the client wrote itself, left of the nearest untrusted hop, does not count").isEqualTo("198.51.100.1");
    assertThat(address.of(request("10.0.0.1", null))).isEqualTo("10.0.0.1");
  }

  @Test
  void anUntrustedPeerCannotChooseItsAddress() {
    ClientAddress address = new ClientAddress(List.of("10.0.0.1"));

    assertThat(address.of(request("203.0.113.7", "10.0.0.1"))).isEqualTo("203.0.113.7");
  }

  private static MockHttpServletRequest request(String peer, String forwardedFor) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(peer);
    if (forwardedFor != null) {
      request.addHeader("X-Forwarded-For", forwardedFor);
    }
    return request;
  }
}
