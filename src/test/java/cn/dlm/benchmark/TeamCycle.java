package cn.dlm.benchmark;

import cn.dlm.cycle.CycleDriver;
import cn.dlm.cycle.TestTeam;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** One team's cycle in the season: the driver that acts for its people, and its instances once they exist. */
final class TeamCycle {

  private final TestTeam team;
  private final CycleDriver driver;
  private ProcessInstance cycle;
  private ProcessInstance rectification;

  TeamCycle(TestTeam team, CycleDriver driver) {
    this.team = team;
    this.driver = driver;
  }

  /** The cycle the season launch (年度部署) started for this team. */
  void launched(ProcessInstance cycle) {
    this.cycle = cycle;
  }

  TestTeam team() {
    return team;
  }

  CycleDriver driver() {
    return driver;
  }

  ProcessInstance cycle() {
    return cycle;
  }

  /** The cycle's rectification instance, looked up once the hand-over job has started it. */
  ProcessInstance rectification() {
    if (rectification == null) {
      rectification = driver.rectification(cycle);
    }
    return rectification;
  }
}
