package cn.dlm.notification;

import java.util.ArrayList;
import java.util.List;

/** A list cut into consecutive parts of at most a given size: IN lists within every database's limit, mail batches. */
final class Parts {

  /** Ids in the IN list of one statement. */
  static final int IDS_PER_STATEMENT = 500;

  private Parts() {}

  static <T> List<List<T>> of(List<T> items, int size) {
    List<List<T>> parts = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      parts.add(items.subList(from, Math.min(items.size(), from + size)));
    }
    return parts;
  }
}
