package cn.dlm.platform.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every activity of every deployed model the listeners of the features' {@link ModelListeners} beans. A
 * parse listener is the engine's only hook for that, and it works on the engine's internal model: this class
 * keeps that inside the platform, so the features state what they add with public API types only.
 */
@Component
class ModelListenerPlugin extends EnginePlugin {

  private static final Namespace CAMUNDA = new Namespace("http://camunda.org/schema/1.0/bpmn");

  private final ObjectProvider<ModelListeners> features;

  ModelListenerPlugin(ObjectProvider<ModelListeners> features) {
    this.features = features;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    addPostParseListener(configuration, new ParseListener(features.orderedStream().toList()));
  }

  private static final class ParseListener extends AbstractBpmnParseListener {

    private final List<ModelListeners> features;

    ParseListener(List<ModelListeners> features) {
      this.features = features;
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      Map<String, String> properties = properties(element);
      addStartListeners(activity, properties);
      TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      for (ModelListeners feature : features) {
        feature.userTask(properties).forEach(definition::addTaskListener);
      }
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      addStartListeners(activity, properties(element));
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      addStartListeners(activity, properties(element));
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      addStartListeners(activity, properties(element));
    }

    @Override
    public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
      addStartListeners(activity, properties(element));
    }

    private void addStartListeners(ActivityImpl activity, Map<String, String> properties) {
      for (ModelListeners feature : features) {
        ExecutionListener listener = feature.activityStart(properties);
        if (listener != null) {
          activity.addListener(ExecutionListener.EVENTNAME_START, listener);
        }
      }
    }

    /** The activity's {@code camunda:property} values by name. */
    private static Map<String, String> properties(Element element) {
      Map<String, String> properties = new LinkedHashMap<>();
      Element extensions = element.element("extensionElements");
      Element list = extensions == null ? null : extensions.elementNS(CAMUNDA, "properties");
      if (list != null) {
        for (Element property : list.elements()) {
          properties.putIfAbsent(property.attribute("name"), property.attribute("value"));
        }
      }
      return properties;
    }
  }
}
