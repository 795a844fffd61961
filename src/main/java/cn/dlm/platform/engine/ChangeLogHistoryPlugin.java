package cn.dlm.platform.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Writes history through {@link ChangeLogHistoryEventHandler} instead of the engine's default writer. */
@Component
class ChangeLogHistoryPlugin extends EnginePlugin {

  private final HistoryProperties properties;

  ChangeLogHistoryPlugin(HistoryProperties properties) {
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    addHistoryHandler(configuration, new ChangeLogHistoryEventHandler(properties.processesWithoutChangeLog(),
        properties.processesWithoutHistory(), properties.calledProcessInputs()));
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }
}
