package cn.dlm.security;

import java.util.regex.Pattern;

/** The engine's REST API is reachable under several prefixes; a rule about it must cover them all. */
final class EngineApiPaths {

  /**
   * {@code /engine-rest} (default engine), {@code /engine-rest/engine/{name}}, and the webapps' copy
   * {@code /camunda/api/engine/engine/{name}}.
   */
  private static final String PREFIX = "(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)";

  private EngineApiPaths() {}

  /** A pattern for {@code resourcePath} (a regular expression starting with /) under any prefix. */
  static Pattern under(String resourcePath) {
    return Pattern.compile("^" + PREFIX + resourcePath + "$");
  }
}
