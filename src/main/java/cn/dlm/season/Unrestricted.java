package cn.dlm.season;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs engine calls whose outcome must not depend on the rights of the user who triggered them: the caller has
 * already checked that the user is the organizing office (组织办).
 */
final class Unrestricted {

  private Unrestricted() {}

  /** Outside a command (in a controller): opens one. */
  static <T> T call(ProcessEngine engine, Callable<T> work) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(work));
  }

  /** Inside a command (a listener or delegate). */
  static <T> T call(Callable<T> work) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      try {
        return work.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return context.runWithoutAuthorization(work);
  }
}
