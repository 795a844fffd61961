package cn.dlm.platform.engine;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dlm.history.processes-without-change-log}: the keys of the processes whose variables keep only their
 * latest value in history, no change log, and {@code dlm.history.processes-without-history}: those that keep no
 * history at all, and {@code dlm.history.called-process-inputs}: the variables a called process receives from its
 * caller, whose first value there keeps no change log ({@link ChangeLogHistoryEventHandler}).
 */
@ConfigurationProperties("dlm.history")
record HistoryProperties(Set<String> processesWithoutChangeLog, Set<String> processesWithoutHistory,
    Set<String> calledProcessInputs) {

  HistoryProperties {
    calledProcessInputs = calledProcessInputs == null ? Set.of() : Set.copyOf(calledProcessInputs);
    processesWithoutChangeLog = processesWithoutChangeLog == null ? Set.of() : Set.copyOf(processesWithoutChangeLog);
    processesWithoutHistory = processesWithoutHistory == null ? Set.of() : Set.copyOf(processesWithoutHistory);
  }
}
