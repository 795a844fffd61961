package cn.dlm.cycle;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Flow-node and sequence-flow coverage report of the cycle's processes under target/; the 95 % floor
 * of the main process is asserted by {@link CycleProcessTest} itself.
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverage {

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return new ProcessEngineCoverageProperties.Builder()
        .reportDirectory("target/process-test-coverage")
        .excludeProcessDefinitionKeys("rectification", "reminder-sweep", "mail-delivery", "mail-batch", "new-work-notice",
            "new-work-dispatch")
        .build();
  }
}
