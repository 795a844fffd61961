package cn.dlm.platform.engine;

import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Listeners a feature gives the activities of every deployed model without the models naming them: a bean
 * implementing this is asked once per activity while a model is parsed ({@link ModelListenerPlugin}); what it
 * returns runs after the model's own listeners. {@code properties} are what the model states about the activity
 * as {@code camunda:property}. The bean is created with the engine: it must not need the engine's services itself
 * (reach such beans through an {@code ObjectProvider}).
 */
public interface ModelListeners {

  /** Listeners of a user task, by event name ({@link TaskListener#EVENTNAME_CREATE}, …). */
  default Map<String, TaskListener> userTask(Map<String, String> properties) {
    return Map.of();
  }

  /**
   * What runs when an activity starts — a start or end event, a user or service task, a call activity; null for
   * nothing.
   */
  default ExecutionListener activityStart(Map<String, String> properties) {
    return null;
  }
}
