package cn.dlm.rectification;

import cn.dlm.platform.FeatureApi;

/**
 * The rectification process (整改, {@code rectification.bpmn}) as the features reading its ledger name it:
 * process key and variables. Json shapes: {@code domain.RectificationItem}, {@code domain.LedgerSummary},
 * {@code domain.RectificationReport}.
 */
@FeatureApi
public final class RectificationContract {

  public static final String PROCESS_KEY = "rectification";

  public static final String PLAN_ITEMS = "planItems";
  public static final String RESPONSIBLE_OPTIONS = "responsibleOptions";
  public static final String ITEMS = "rectificationItems";
  public static final String ITEM_PREFIX = "rectificationItem_";
  public static final String ITEM_ID = "itemId";
  public static final String SUMMARY = "rectificationSummary";
  public static final String OPEN_ITEMS = "openItems";
  public static final String OVERDUE_ITEMS = "overdueItems";
  public static final String CLOSED_ITEMS = "closedItems";
  public static final String REPORT = "rectificationReport";
  public static final String REPORT_ACKNOWLEDGED = "reportAcknowledged";

  private RectificationContract() {}

  /** The variable that holds one item of the ledger: {@code rectificationItem_<id>}. */
  public static String itemVariable(String itemId) {
    return ITEM_PREFIX + itemId;
  }

  public static boolean isItemVariable(String name) {
    return name.startsWith(ITEM_PREFIX);
  }
}
