package cn.dlm.browser;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test method its own {@link Browser} pointed at the Spring Boot test server, records
 * the screen, page and browser console when the test fails, and closes the browser afterwards.
 */
public class BrowserExtension implements ParameterResolver, TestExecutionExceptionHandler, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(Browser.class, key -> open(context), Browser.class);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    if (browser != null) {
      browser.recordFailure(throwable);
    }
    throw throwable;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
    if (browser != null) {
      browser.close();
    }
  }

  private static Browser open(ExtensionContext context) {
    Environment environment = SpringExtension.getApplicationContext(context).getEnvironment();
    String port = environment.getRequiredProperty("local.server.port");
    String password = environment.getRequiredProperty("dlm.demo.password");
    String testName = context.getRequiredTestClass().getSimpleName() + "."
        + context.getTestMethod().map(Method::getName).orElse("test");
    return Browser.open("http://localhost:" + port, password, testName);
  }
}
