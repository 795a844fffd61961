package cn.dlm.platform.engine;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dlm.history.processes-without-change-log}: the keys of the processes whose variables keep only their
 * latest value in history, no change log, and {@code dlm.history.processes-without-history}: those that keep no
 * history at all ({@link ChangeLogHistoryEventHandler}).
 */
@ConfigurationProperties("dlm.history")
record HistoryProperties(Set<String> processesWithoutChangeLog, Set<String> processesWithoutHistory) {

  HistoryProperties {
    processesWithoutChangeLog = processesWithoutChangeLog == null ? Set.of() : Set.copyOf(processesWithoutChangeLog);
    processesWithoutHistory = processesWithoutHistory == null ? Set.of() : Set.copyOf(processesWithoutHistory);
  }
}
