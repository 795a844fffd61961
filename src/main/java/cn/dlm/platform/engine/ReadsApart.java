package cn.dlm.platform.engine;

import cn.dlm.platform.Privileged;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Reads in an engine command and transaction of their own, also from inside another command: what a read loads leaves
 * memory when it returns, instead of staying in the calling command's entity cache until that command ends, and
 * nothing read can be written back by the caller. Work over thousands of tasks (the reminder sweep) reads its tasks in
 * pages this way. Reads are the system's own work ({@link Privileged}).
 */
@Component
public class ReadsApart {

  private final ProcessEngine engine;

  ReadsApart(ProcessEngine engine) {
    this.engine = engine;
  }

  public <T> T read(Supplier<T> read) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequiresNew()
        .execute(context -> Privileged.call(read::get));
  }
}
