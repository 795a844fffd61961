package cn.dlm.roster;

import java.util.Map;
import java.util.Set;

/**
 * What the identity service holds that validation needs: leadership teams (id → name), the ids of
 * every other group, and the administrators, whom an import must not touch.
 */
record Directory(Map<String, String> teams, Set<String> otherGroups, Set<String> administrators) {}
