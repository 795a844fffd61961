package cn.dlm.platform.engine;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dlm.history.processes-without-change-log}: the keys of the processes whose variables keep only their
 * latest value in history, no change log ({@link ChangeLogHistoryEventHandler}).
 */
@ConfigurationProperties("dlm.history")
record HistoryProperties(Set<String> processesWithoutChangeLog) {

  HistoryProperties {
    processesWithoutChangeLog = processesWithoutChangeLog == null ? Set.of() : Set.copyOf(processesWithoutChangeLog);
  }
}
