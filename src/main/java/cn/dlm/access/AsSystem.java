package cn.dlm.access;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Runs work of the system itself — after the caller's right to ask for it has been checked — in
 * one engine transaction without the caller's authorizations: e.g. the office importing the roster
 * creates users, which its own rights do not allow in Admin.
 */
public final class AsSystem {

  private AsSystem() {}

  public static <T> T call(ProcessEngine engine, Callable<T> work) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(work));
  }
}
