package cn.dlm.cycle;

import cn.dlm.platform.engine.EnginePlugin;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Keeps the process variable {@code phase} (阶段, a Tasklist column) up to date: any activity
 * carrying the extension property {@code phase} sets it when it starts. Every user task also gets
 * task-local copies of the Tasklist columns (班子, 年度, 阶段): a member may read his or her own
 * task's variables but not the cycle's, so the filter columns would otherwise stay empty for members.
 */
@Component
class PhaseTracking extends EnginePlugin {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    addPreParseListener(configuration, new PhaseParseListener());
  }

  static final class PhaseParseListener extends AbstractBpmnParseListener {

    static final List<String> COLUMNS = CycleContract.TASKLIST_COLUMNS;

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      track(element, activity);
      String phase = phaseOf(element);
      ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
          .addTaskListener(TaskListener.EVENTNAME_CREATE, task -> copyColumns(task, phase));
    }

    private static void copyColumns(DelegateTask task, String phase) {
      for (String column : COLUMNS) {
        Object value = CycleContract.PHASE.equals(column) && phase != null ? phase : task.getExecution().getVariable(column);
        if (value != null) {
          task.setVariableLocal(column, value);
        }
      }
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      track(element, activity);
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      track(element, activity);
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      track(element, activity);
    }

    @Override
    public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
      track(element, activity);
    }

    private static void track(Element element, ActivityImpl activity) {
      String phase = phaseOf(element);
      if (phase != null) {
        activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
          // Most activities start in the phase already set: an unchanged value costs a history row each.
          DelegateExecution instance = execution.getProcessInstance();
          if (!phase.equals(instance.getVariable(CycleContract.PHASE))) {
            instance.setVariable(CycleContract.PHASE, phase);
          }
        });
      }
    }

    private static String phaseOf(Element element) {
      Element extensions = element.element("extensionElements");
      Element properties = extensions == null ? null : extensions.elementNS(
          new org.camunda.bpm.engine.impl.util.xml.Namespace(CAMUNDA_NS), "properties");
      if (properties == null) {
        return null;
      }
      for (Element property : properties.elements()) {
        if ("phase".equals(property.attribute("name"))) {
          return property.attribute("value");
        }
      }
      return null;
    }
  }
}
