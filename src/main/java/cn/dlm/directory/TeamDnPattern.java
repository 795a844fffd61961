package cn.dlm.directory;

import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Which group entries are leadership teams (领导班子) by where they sit in the directory, e.g.
 * {@code cn=*,ou=班子,ou=groups,dc=county,dc=cn}: a DN matches when it has as many components as the pattern and
 * each component names the same attribute with the same value (letter case ignored), {@code *} standing for any
 * value. So the pattern above takes every group directly below {@code ou=班子}, not those one level further down.
 */
final class TeamDnPattern {

  private static final String ANY = "*";

  private final List<Rdn> components;

  private TeamDnPattern(List<Rdn> components) {
    this.components = components;
  }

  /** The pattern, or none for an empty text; a pattern that is no DN stops the start with a clear message. */
  static TeamDnPattern of(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      return null;
    }
    try {
      return new TeamDnPattern(new LdapName(pattern.trim()).getRdns());
    } catch (InvalidNameException | IllegalArgumentException e) {
      throw new IllegalArgumentException("dlm.ldap.team-dn-pattern 不是有效的 DN 模式：" + pattern);
    }
  }

  boolean matches(String dn) {
    List<Rdn> candidate;
    try {
      candidate = new LdapName(dn).getRdns();
    } catch (InvalidNameException | IllegalArgumentException e) {
      return false;
    }
    if (candidate.size() != components.size()) {
      return false;
    }
    for (int i = 0; i < components.size(); i++) {
      if (!matches(components.get(i), candidate.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(Rdn pattern, Rdn candidate) {
    if (pattern.size() != 1 || candidate.size() != 1 || !pattern.getType().equalsIgnoreCase(candidate.getType())) {
      return false;
    }
    String expected = String.valueOf(pattern.getValue());
    return ANY.equals(expected) || normalized(expected).equals(normalized(String.valueOf(candidate.getValue())));
  }

  private static String normalized(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }
}
