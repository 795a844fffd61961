package cn.dlm.support;

import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's Spring context at an empty PostgreSQL database of its own, created for it and
 * dropped when the context closes: the PostgreSQL counterpart of the test profile's in-memory H2.
 */
public class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    PostgresServer server = PostgresServer.required();
    String url = server.createDatabase("dlm_it");
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh-postgres-database",
        Map.of("spring.datasource.url", url,
            "spring.datasource.username", server.user(),
            "spring.datasource.password", server.password(),
            "camunda.bpm.database.type", "postgres")));
    // Registered before every other bean, so destroyed after them, the data source included.
    ((GenericApplicationContext) context).registerBean("freshPostgresDatabaseDrop", DisposableBean.class,
        () -> () -> server.dropDatabase(url));
  }
}
