package cn.dlm.cycle;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Runs engine queries whose answer must not depend on the rights of the user who triggered them. */
final class Privileged {

  private Privileged() {}

  /** Outside a command (e.g. in a controller): opens one to run the query in. */
  static <T> T call(ProcessEngine engine, Callable<T> query) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(query));
  }

  static <T> T call(Callable<T> query) {
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
