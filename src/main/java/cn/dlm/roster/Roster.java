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

  record Team(String id, String name, String kind) {}

  record Person(String login, String name, String email, String mobile) {}
}
