package cn.dlm.cluster;

import cn.dlm.DlmApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One application node as production runs it: the postgres profile, its own web server on a random
 * port and its own job executor, on a database it shares with the other nodes.
 */
final class Node implements AutoCloseable {

  static final String ADMIN_PASSWORD = "Cluster#2026pass";

  private final String name;
  private final ConfigurableApplicationContext context;

  private Node(String name, ConfigurableApplicationContext context) {
    this.name = name;
    this.context = context;
  }

  /** Starts a node; {@code settings} are added as command-line properties, so they win over every file. */
  static Node start(String name, Map<String, Object> settings) {
    List<String> args = new ArrayList<>(List.of(
        "--server.port=0",
        "--camunda.bpm.admin-user.id=admin",
        "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
        // Each node's name in the job log (HOSTNAME_), so the test sees which node ran a job.
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--spring.application.name=" + name));
    settings.forEach((key, value) -> args.add("--" + key + "=" + value));
    ConfigurableApplicationContext context = new SpringApplicationBuilder(DlmApplication.class)
        .profiles("postgres")
        .run(args.toArray(String[]::new));
    return new Node(name, context);
  }

  String name() {
    return name;
  }

  /** Statements on the node's database, e.g. on our own tables. */
  JdbcTemplate jdbc() {
    return new JdbcTemplate(context.getBean(DataSource.class));
  }

  ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Override
  public void close() {
    context.close();
  }
}
