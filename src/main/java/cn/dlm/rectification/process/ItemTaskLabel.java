package cn.dlm.rectification.process;

import cn.dlm.rectification.RectificationContract;
import cn.dlm.rectification.domain.RectificationItem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names an item's task after its problem, so that a member with several items, or the office
 * with hundreds, can tell them apart in Tasklist; keeps the item id on the task for queries.
 */
@Component("itemTaskLabel")
class ItemTaskLabel implements TaskListener {

  static final int SHOWN_CHARACTERS = 24;

  @Override
  public void notify(DelegateTask task) {
    String itemId = (String) task.getVariable(RectificationContract.ITEM_ID);
    RectificationItem item = ProcessLedger.of(task.getExecution()).item(itemId);
    task.setVariableLocal(RectificationContract.ITEM_ID, itemId);
    task.setName(task.getName() + "：" + abbreviate(item.problem()));
    String documentation = task.getDescription() == null ? "" : "\n\n" + task.getDescription();
    task.setDescription("问题：" + item.problem() + documentation);
  }

  private static String abbreviate(String text) {
    return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS) + "…";
  }
}
