package cn.dlm.board;

import cn.dlm.platform.Privileged;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At every start, fills the board's read model with the cycles it has not seen start: those of a database from
 * before the read model, or restored from a backup. A cycle already recorded is left alone, so a restart, or several
 * nodes starting at once, changes nothing.
 */
@Component
class BoardBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(BoardBackfill.class);
  private static final int BATCH = 200;

  private final ProcessEngine engine;
  private final BoardFromEngine fromEngine;
  private final BoardStore store;

  BoardBackfill(ProcessEngine engine, BoardFromEngine fromEngine, BoardStore store) {
    this.engine = engine;
    this.fromEngine = fromEngine;
    this.store = store;
  }

  @EventListener(ApplicationReadyEvent.class)
  void fillMissingCycles() {
    int filled = Privileged.call(engine, this::fill);
    if (filled > 0) {
      LOG.info("County board: {} cycles recorded from the engine's history", filled);
    }
  }

  int fill() {
    Set<String> recorded = store.recordedCycles();
    List<HistoricProcessInstance> missing = fromEngine.allCycles().stream()
        .filter(cycle -> !recorded.contains(cycle.getId())).toList();
    for (int from = 0; from < missing.size(); from += BATCH) {
      fromEngine.of(missing.subList(from, Math.min(missing.size(), from + BATCH)))
          .forEach(cycle -> store.fill(cycle.row(), cycle.openTasks()));
    }
    return missing.size();
  }
}
