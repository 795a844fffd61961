package cn.dlm.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server named by DLM_DB_URL, DLM_DB_USER and DLM_DB_PASSWORD (as {@code .ci/postgres}
 * prints them). Tests get a throw-away database each, so that they start as empty as H2 in memory;
 * the role needs CREATEDB.
 */
public final class PostgresServer {

  public static final String URL = "DLM_DB_URL";
  public static final String USER = "DLM_DB_USER";
  public static final String PASSWORD = "DLM_DB_PASSWORD";

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final long STALE_HOURS = 6;

  private final String url;
  private final String user;
  private final String password;

  PostgresServer(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  public static Optional<PostgresServer> fromEnvironment() {
    String url = System.getenv(URL);
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new PostgresServer(url, env(USER, "dlm"), env(PASSWORD, "")));
  }

  public static PostgresServer required() {
    return fromEnvironment().orElseThrow(() -> new IllegalStateException(PostgresCondition.MISSING));
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** Creates an empty database named {@code <prefix>_<timestamp>_<random>} and returns its JDBC URL. */
  public String createDatabase(String prefix) {
    dropStaleDatabases(prefix);
    String name = prefix + "_" + LocalDateTime.now().format(STAMP) + "_"
        + UUID.randomUUID().toString().substring(0, 8);
    execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
    return urlOf(name);
  }

  /** The server's version, e.g. "PostgreSQL 15.14". */
  public String version() {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SHOW server_version")) {
      row.next();
      return "PostgreSQL " + row.getString(1).split(" ")[0];
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the server version of " + url + ": " + e.getMessage(), e);
    }
  }

  /** Drops the database of {@code databaseUrl}, closing whatever connections are left to it. */
  public void dropDatabase(String databaseUrl) {
    execute("DROP DATABASE IF EXISTS " + databaseName(databaseUrl) + " WITH (FORCE)");
  }

  /** Databases of a run that died before dropping its own; a running test's are younger and in use. */
  private void dropStaleDatabases(String prefix) {
    String oldest = LocalDateTime.now().minusHours(STALE_HOURS).format(STAMP);
    List<String> stale = new ArrayList<>();
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT d.datname FROM pg_database d WHERE d.datname LIKE '"
            + prefix + "\\_%' AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)")) {
      while (rows.next()) {
        String name = rows.getString(1);
        String stamp = name.substring(prefix.length() + 1).split("_")[0];
        if (stamp.compareTo(oldest) < 0) {
          stale.add(name);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list databases on " + url + ": " + e.getMessage(), e);
    }
    stale.forEach(name -> execute("DROP DATABASE IF EXISTS " + name));
  }

  String urlOf(String database) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String parameters = query < 0 ? "" : url.substring(query);
    return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
  }

  static String databaseName(String databaseUrl) {
    int query = databaseUrl.indexOf('?');
    String base = query < 0 ? databaseUrl : databaseUrl.substring(0, query);
    return base.substring(base.lastIndexOf('/') + 1);
  }

  private void execute(String sql) {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + url + ": " + e.getMessage(), e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
