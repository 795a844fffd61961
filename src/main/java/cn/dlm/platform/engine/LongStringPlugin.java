package cn.dlm.platform.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers {@link LongStringSerializer} ahead of the engine's own serializers. */
@Component
class LongStringPlugin extends EnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    addPreSerializer(configuration, new LongStringSerializer());
  }
}
