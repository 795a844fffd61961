package cn.dlm.material;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests for each problem the closest of the cycle's configured areas (检视方面).
 *
 * <p>A problem under an area heading gets the configured area named like the heading: the same name,
 * else one containing the other, else the one sharing most character pairs with it. A problem
 * without a usable heading gets the area whose character pairs (bigrams: 理论学习 → 理论, 论学, 学习)
 * occur most in its title (weight 3) and text (weight 1), each pair weighted by how rare it is among
 * the material's problems, so that pairs every problem contains ("工作") count little. The sum is
 * divided by the number of pairs of the area name. Ties go to the area listed first; no shared pair
 * means no suggestion.
 */
final class AreaSuggester {

  private static final int TITLE_WEIGHT = 2;
  private static final int TEXT_WEIGHT = 1;

  List<Problem> suggest(List<Problem> problems, List<String> configured) {
    Areas areas = new Areas(configured);
    if (areas.names.isEmpty() || problems.isEmpty()) {
      return problems;
    }
    List<BitSet> inTitle = new ArrayList<>(problems.size());
    List<BitSet> inText = new ArrayList<>(problems.size());
    int[] documentFrequency = new int[areas.pairIndex.size()];
    for (Problem problem : problems) {
      BitSet title = areas.pairsOccurringIn(problem.title());
      BitSet text = areas.pairsOccurringIn(problem.text());
      text.or(title);
      text.stream().forEach(pair -> documentFrequency[pair]++);
      inTitle.add(title);
      inText.add(text);
    }
    Map<String, String> byHeading = new HashMap<>();
    List<Problem> suggested = new ArrayList<>(problems.size());
    for (int i = 0; i < problems.size(); i++) {
      Problem problem = problems.get(i);
      String suggestion = problem.area() == null ? null : byHeading.computeIfAbsent(problem.area(), areas::fromHeading);
      if (suggestion == null) {
        suggestion = areas.fromText(inTitle.get(i), inText.get(i), documentFrequency, problems.size());
      }
      suggested.add(problem.withSuggestedArea(suggestion));
    }
    return suggested;
  }

  /** The configured areas, their normalized names and their character pairs. */
  private static final class Areas {
    private final List<String> names = new ArrayList<>();
    private final List<String> normalized = new ArrayList<>();
    private final List<List<Integer>> pairs = new ArrayList<>();
    private final List<int[]> pairIndexes = new ArrayList<>();
    private final Map<Integer, Integer> pairIndex = new HashMap<>();

    Areas(List<String> configured) {
      Map<String, String> unique = new LinkedHashMap<>();
      if (configured != null) {
        configured.stream().filter(area -> area != null && !normalize(area).isEmpty())
            .forEach(area -> unique.putIfAbsent(normalize(area), area.strip()));
      }
      unique.forEach((name, area) -> {
        names.add(area);
        normalized.add(name);
        List<Integer> areaPairs = bigrams(name);
        pairs.add(areaPairs);
        pairIndexes.add(areaPairs.stream()
            .mapToInt(pair -> pairIndex.computeIfAbsent(pair, unused -> pairIndex.size()))
            .distinct().toArray());
      });
    }

    String fromHeading(String heading) {
      String name = normalize(heading);
      if (name.isEmpty()) {
        return null;
      }
      int containing = -1;
      for (int a = 0; a < names.size(); a++) {
        String candidate = normalized.get(a);
        if (candidate.equals(name)) {
          return names.get(a);
        }
        if ((candidate.contains(name) || name.contains(candidate))
            && (containing < 0 || candidate.length() > normalized.get(containing).length())) {
          containing = a;
        }
      }
      if (containing >= 0) {
        return names.get(containing);
      }
      List<Integer> headingPairs = bigrams(name);
      String best = null;
      double bestScore = 0;
      for (int a = 0; a < names.size(); a++) {
        List<Integer> areaPairs = pairs.get(a);
        long shared = areaPairs.stream().distinct().filter(headingPairs::contains).count();
        double dice = areaPairs.isEmpty() ? 0 : 2.0 * shared / (areaPairs.size() + headingPairs.size());
        if (dice > bestScore) {
          bestScore = dice;
          best = names.get(a);
        }
      }
      return best;
    }

    String fromText(BitSet title, BitSet text, int[] documentFrequency, int problemCount) {
      String best = null;
      double bestScore = 0;
      for (int a = 0; a < names.size(); a++) {
        int[] areaPairs = pairIndexes.get(a);
        double score = 0;
        for (int pair : areaPairs) {
          double rarity = Math.log(1.0 + (double) problemCount / (1 + documentFrequency[pair]));
          int weight = (title.get(pair) ? TITLE_WEIGHT : 0) + (text.get(pair) ? TEXT_WEIGHT : 0);
          score += rarity * weight;
        }
        score = areaPairs.length == 0 ? 0 : score / areaPairs.length;
        if (score > bestScore) {
          bestScore = score;
          best = names.get(a);
        }
      }
      return best;
    }

    BitSet pairsOccurringIn(String text) {
      BitSet found = new BitSet(pairIndex.size());
      for (int i = 0; i + 1 < text.length(); i++) {
        Integer index = pairIndex.get(pair(text.charAt(i), text.charAt(i + 1)));
        if (index != null) {
          found.set(index);
        }
      }
      return found;
    }
  }

  private static List<Integer> bigrams(String text) {
    List<Integer> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < text.length(); i++) {
      pairs.add(pair(text.charAt(i), text.charAt(i + 1)));
    }
    return pairs;
  }

  private static int pair(char first, char second) {
    return (first << 16) | second;
  }

  /** The name's letters and digits, without the word 方面 and full-width forms folded. */
  private static String normalize(String area) {
    String name = Line.fold(area).replace("方面", "");
    StringBuilder letters = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      if (Character.isLetterOrDigit(name.charAt(i))) {
        letters.append(name.charAt(i));
      }
    }
    return letters.toString();
  }
}
