package cn.dlm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DlmApplication {

  public static void main(String[] args) {
    SpringApplication.run(DlmApplication.class, args);
  }
}
