package cn.dlm.platform.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Facts the models state about their activities as extension properties ({@code camunda:property}), e.g. the
 * phase (阶段) of a task or which step of a material a task is. Code reads them here instead of guessing
 * from activity ids.
 */
public final class ModelProperties {

  private ModelProperties() {}

  /** The property of the activity the execution is at; null when the activity does not state it. */
  public static String of(DelegateExecution execution, String name) {
    FlowElement element = execution.getBpmnModelElementInstance();
    if (element == null || element.getExtensionElements() == null) {
      return null;
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> name.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .findFirst().orElse(null);
  }

  /** The property, which the model must state: a missing one is a modelling error. */
  public static String required(DelegateExecution execution, String name) {
    String value = of(execution, name);
    if (value == null) {
      throw new IllegalStateException("Activity " + execution.getCurrentActivityId() + " states no property " + name);
    }
    return value;
  }
}
