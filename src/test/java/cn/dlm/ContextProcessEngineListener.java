package cn.dlm;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * The REST API and the webapps find the engine by name ("default") in Camunda's static registry,
 * where the engine of the Spring test context started last wins. With several cached contexts a
 * test's HTTP calls would reach another context's engine and database; this makes the running
 * test's own engine the one they reach.
 */
public class ContextProcessEngineListener extends AbstractTestExecutionListener {

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 100;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    registerEngineOf(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    registerEngineOf(testContext);
  }

  private static void registerEngineOf(TestContext testContext) {
    ProcessEngine engine = testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfAvailable();
    if (engine != null) {
      ProcessEngines.registerProcessEngine(engine);
    }
  }
}
