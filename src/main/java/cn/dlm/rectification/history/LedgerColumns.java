package cn.dlm.rectification.history;

import cn.dlm.rectification.domain.ItemSource;
import cn.dlm.rectification.domain.RectificationItem;
import java.util.List;

/** The ledger's columns as the issue and the office's paper ledgers have them. */
final class LedgerColumns {

  static final List<String> ITEM_COLUMNS =
      List.of("序号", "问题", "来源", "整改措施", "责任人", "完成时限", "类型", "状态", "最新进展", "销号日期", "结转理由");

  /**
   * Column widths in Excel's units (about one Latin character; a Chinese character takes two), chosen
   * so that the item columns fill one A4 landscape page at about 100 %.
   */
  static final int[] ITEM_WIDTHS = {5, 24, 12, 24, 8, 11, 9, 7, 20, 11, 16};

  static final int[] CYCLE_WIDTHS = {6, 14};

  static final List<String> CYCLE_COLUMNS = List.of("年度", "班子");

  static final List<String> SUMMARY_COLUMNS =
      List.of("年度", "班子", "整改事项", "未完成", "其中逾期", "已销号", "结转");

  static final int[] SUMMARY_WIDTHS = {6, 24, 10, 10, 10, 10, 10};

  private LedgerColumns() {}

  /** The source as a reader needs it: the kind of source, and where exactly when known. */
  static String source(RectificationItem item) {
    String kind = ItemSource.label(item.source());
    String detail = item.sourceLabel();
    if (detail == null || detail.isBlank() || detail.contains(kind)) {
      return detail == null || detail.isBlank() ? kind : detail;
    }
    return kind + "（" + detail + "）";
  }
}
