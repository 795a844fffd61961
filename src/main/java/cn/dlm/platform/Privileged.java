package cn.dlm.platform;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs engine work whose outcome must not depend on the rights of the user who triggered it: queries, and the
 * system's own work once the caller's right to ask for it has been checked (e.g. the roster import creating users).
 */
public final class Privileged {

  private Privileged() {}

  /** In the current command if there is one (a listener, a delegate), otherwise in a new one (a controller). */
  public static <T> T call(ProcessEngine engine, Callable<T> query) {
    if (Context.getCommandContext() != null) {
      return call(query);
    }
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(query));
  }

  public static <T> T call(Callable<T> query) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      try {
        return query.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return context.runWithoutAuthorization(query);
  }
}
