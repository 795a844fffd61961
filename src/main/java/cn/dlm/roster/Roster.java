package cn.dlm.roster;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated roster: the teams (领导班子) it lists, its people, the groups each joins, and which
 * team each secretary (书记) leads.
 */
record Roster(List<Team> teams, List<Person> people, Map<String, Set<String>> groupsByLogin,
    Map<String, String> secretaryOf) {

  /** A team; its robot (群机器人) when the row names one, else the robot's fields are empty. */
  record Team(String id, String name, String kind, String robotKind, String robotWebhook, String robotSecret) {

    boolean hasRobot() {
      return !robotWebhook.isEmpty();
    }
  }

  record Person(String login, String name, String email, String mobile) {}
}
