package cn.dlm.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;

/**
 * The one way the application extends the engine: a Spring bean extending this class (the Camunda starter
 * applies every plugin bean), whose {@link #preInit} adds its parts with the methods below. Each adds to what
 * the configuration already holds, so plugins never replace one another's parts.
 */
public abstract class EnginePlugin extends AbstractProcessEnginePlugin {

  /** Runs before the engine's own parse listeners: sees the model before the engine adds its behaviour. */
  protected static void addPreParseListener(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    append(configuration::getCustomPreBPMNParseListeners, configuration::setCustomPreBPMNParseListeners, listener);
  }

  /** Runs after the engine's own parse listeners: listeners added here run after the model's own. */
  protected static void addPostParseListener(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    append(configuration::getCustomPostBPMNParseListeners, configuration::setCustomPostBPMNParseListeners, listener);
  }

  @SuppressWarnings("rawtypes")
  protected static void addPreSerializer(ProcessEngineConfigurationImpl configuration, TypedValueSerializer serializer) {
    append(configuration::getCustomPreVariableSerializers, configuration::setCustomPreVariableSerializers, serializer);
  }

  protected static void addHistoryHandler(ProcessEngineConfigurationImpl configuration, HistoryEventHandler handler) {
    append(configuration::getCustomHistoryEventHandlers, configuration::setCustomHistoryEventHandlers, handler);
  }

  /** Runs in front of every command that needs a transaction. */
  protected static void addCommandInterceptor(ProcessEngineConfigurationImpl configuration,
      CommandInterceptor interceptor) {
    append(configuration::getCustomPreCommandInterceptorsTxRequired,
        configuration::setCustomPreCommandInterceptorsTxRequired, interceptor);
  }

  private static <T> void append(Supplier<List<T>> current, Consumer<List<T>> replace, T part) {
    List<T> parts = current.get() == null ? new ArrayList<>() : new ArrayList<>(current.get());
    parts.add(part);
    replace.accept(parts);
  }
}
