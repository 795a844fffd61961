package cn.dlm.cycle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The mandatory heart-to-heart talks (谈心谈话): the secretary with every member, and the members
 * with one another. A pair counts as talked when either side has recorded the talk.
 */
final class TalkPairs {

  public record Pair(String first, String second) {

    static Pair of(String a, String b) {
      return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
    }

    public String label(Function<String, String> names) {
      return names.apply(first) + " — " + names.apply(second);
    }
  }

  private TalkPairs() {}

  public static List<Pair> mandatoryPairs(String secretary, List<String> members) {
    List<Pair> pairs = new ArrayList<>();
    members.forEach(member -> pairs.add(Pair.of(secretary, member)));
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        pairs.add(Pair.of(members.get(i), members.get(j)));
      }
    }
    return pairs;
  }

  /** Rows for a form table: {@code [{"label": "王建国 — 李华"}, ...]}. */
  public static List<Map<String, String>> labelled(List<Pair> pairs, Function<String, String> names) {
    return pairs.stream().map(pair -> Map.of("label", pair.label(names))).toList();
  }

  public static List<Pair> missing(String secretary, List<String> members, Collection<Pair> talked) {
    Set<Pair> done = Set.copyOf(talked);
    return mandatoryPairs(secretary, members).stream().filter(pair -> !done.contains(pair)).toList();
  }
}
