package cn.dlm.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring Boot test on a PostgreSQL database of its own instead of H2, e.g. a subclass of an
 * H2 test named {@code ...PostgresIT}, which failsafe runs in {@code ./mvnw verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresCondition.class)
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
public @interface OnFreshPostgresDatabase {}
