package cn.dlm.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The address a login attempt (or an online opinion, cn.dlm.intake) comes from: the socket's peer, unless that peer is a configured reverse
 * proxy ({@code dlm.login.trusted-proxies}); then the nearest address in {@code X-Forwarded-For} that
 * is not itself a trusted proxy. Without trusted proxies the header is ignored, so a client cannot
 * choose the address it is counted under.
 */
public class ClientAddress {

  private final Set<String> trustedProxies;

  public ClientAddress(List<String> trustedProxies) {
    this.trustedProxies = Set.copyOf(trustedProxies);
  }

  public String of(HttpServletRequest request) {
    String client = request.getRemoteAddr();
    if (!trustedProxies.contains(client)) {
      return client;
    }
    List<String> hops = new ArrayList<>();
    for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
      for (String hop : header.split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.trim());
        }
      }
    }
    for (int i = hops.size() - 1; i >= 0 && trustedProxies.contains(client); i--) {
      client = hops.get(i);
    }
    return client;
  }
}
