package cn.dlm.rectification.domain;

import java.util.Collection;

/**
 * The counts the organizing office watches per cycle (Cockpit): all items, open ones, open ones
 * past their deadline (逾期), closed (已销号) and carried over (结转).
 */
public record LedgerSummary(int total, int open, int overdue, int closed, int carriedOver) {

  public static final LedgerSummary EMPTY = new LedgerSummary(0, 0, 0, 0, 0);

  public static LedgerSummary of(Collection<RectificationItem> items) {
    int open = 0;
    int overdue = 0;
    int closed = 0;
    int carriedOver = 0;
    for (RectificationItem item : items) {
      switch (item.status()) {
        case CLOSED -> closed++;
        case CARRIED_OVER -> carriedOver++;
        default -> open++;
      }
      if (item.isOverdue()) {
        overdue++;
      }
    }
    return new LedgerSummary(items.size(), open, overdue, closed, carriedOver);
  }
}
