package cn.dlm.platform.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Hands the engine's history events to every {@link EngineChanges} bean, beside the history writer. */
@Component
class EngineChangesPlugin extends EnginePlugin {

  private final List<EngineChanges> listeners;

  EngineChangesPlugin(List<EngineChanges> listeners) {
    this.listeners = listeners;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!listeners.isEmpty()) {
      addHistoryHandler(configuration, new EngineChangesHandler(listeners));
    }
  }
}
