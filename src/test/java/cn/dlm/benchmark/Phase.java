package cn.dlm.benchmark;

import java.util.function.Consumer;

/**
 * One step of the season: {@code before} once (e.g. the clock moves on), {@code step} for every team's
 * cycle in turn, then {@code after} once (e.g. wait for the jobs the step left to the job executor).
 */
record Phase(String name, Consumer<Season> before, Consumer<TeamCycle> step, Consumer<Season> after) {

  static Phase of(String name, Consumer<TeamCycle> step) {
    return new Phase(name, season -> { }, step, season -> { });
  }

  Phase first(Consumer<Season> action) {
    return new Phase(name, action, step, after);
  }

  Phase then(Consumer<Season> action) {
    return new Phase(name, before, step, action);
  }
}
