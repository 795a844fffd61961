package cn.dlm.benchmark;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The benchmark's reference: a Camunda starter app with the same dependencies and engine settings as
 * ours (benchmark/bare-app.yaml) and none of our beans, processes, listeners or plugins. Deliberately
 * neither a {@code @Configuration} nor a {@code @SpringBootApplication}, so our own application's
 * component scan never picks it up.
 */
@EnableAutoConfiguration
public class BareCamundaApplication {

  static final String CONFIG = "--spring.config.location=classpath:/benchmark/bare-app.yaml";

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, args);
  }
}
