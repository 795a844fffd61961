package cn.dlm.platform.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tables of our own beside the engine's, one way for every feature: each feature keeps its DDL in
 * {@code db/<feature>-schema.sql} (statements that do nothing when their table or index exists, the same on H2 and
 * PostgreSQL), and this runs every such script at start, in name order, before any feature's store is built. A DBA
 * who manages the schema runs the same scripts by hand (docs/operations.md).
 */
@Component
public class OwnTables {

  static final String SCRIPTS = "classpath*:db/*-schema.sql";

  private final JdbcTemplate jdbc;

  OwnTables(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    scripts().forEach(this::run);
  }

  /** Statements on our tables; inside an engine command they join its transaction. */
  public JdbcTemplate jdbc() {
    return jdbc;
  }

  /** Two nodes creating a table at the same moment can fail one of them on PostgreSQL; it then runs once more. */
  private void run(Resource script) {
    for (String statement : statements(script)) {
      try {
        jdbc.execute(statement);
      } catch (DataAccessException createdMeanwhile) {
        jdbc.execute(statement);
      }
    }
  }

  private static List<Resource> scripts() {
    try {
      return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(SCRIPTS))
          .sorted(Comparator.comparing(Resource::getFilename)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + SCRIPTS, e);
    }
  }

  private static List<String> statements(Resource script) {
    try (InputStream in = script.getInputStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
      return Arrays.stream(text.split(";")).map(String::trim).filter(statement -> !statement.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + script.getFilename(), e);
    }
  }
}
