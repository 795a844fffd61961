package cn.dlm.material;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
    List<String> areas = clean(configured);
    if (areas.isEmpty() || problems.isEmpty()) {
      return problems;
    }
    Map<Integer, Integer> pairIndex = new HashMap<>();
    List<int[]> areaPairs = new ArrayList<>();
    for (String area : areas) {
      areaPairs.add(bigrams(normalize(area)).stream()
          .mapToInt(pair -> pairIndex.computeIfAbsent(pair, unused -> pairIndex.size()))
          .distinct().toArray());
    }
    List<BitSet> inTitle = new ArrayList<>();
    List<BitSet> inText = new ArrayList<>();
    int[] documentFrequency = new int[pairIndex.size()];
    for (Problem problem : problems) {
      BitSet title = occurring(problem.title(), pairIndex);
      BitSet text = occurring(problem.text(), pairIndex);
      text.or(title);
      text.stream().forEach(pair -> documentFrequency[pair]++);
      inTitle.add(title);
      inText.add(text);
    }
    List<Problem> suggested = new ArrayList<>(problems.size());
    for (int i = 0; i < problems.size(); i++) {
      Problem problem = problems.get(i);
      String suggestion = fromHeading(problem.area(), areas);
      if (suggestion == null) {
        suggestion = fromText(inTitle.get(i), inText.get(i), areas, areaPairs, documentFrequency, problems.size());
      }
      suggested.add(problem.withSuggestedArea(suggestion));
    }
    return suggested;
  }

  private static String fromHeading(String heading, List<String> areas) {
    if (heading == null) {
      return null;
    }
    String name = normalize(heading);
    if (name.isEmpty()) {
      return null;
    }
    String containing = null;
    for (String area : areas) {
      String candidate = normalize(area);
      if (candidate.equals(name)) {
        return area;
      }
      if ((candidate.contains(name) || name.contains(candidate))
          && (containing == null || candidate.length() > normalize(containing).length())) {
        containing = area;
      }
    }
    if (containing != null) {
      return containing;
    }
    List<Integer> headingPairs = bigrams(name);
    String best = null;
    double bestScore = 0;
    for (String area : areas) {
      List<Integer> pairs = bigrams(normalize(area));
      long shared = pairs.stream().distinct().filter(headingPairs::contains).count();
      double dice = pairs.isEmpty() ? 0 : 2.0 * shared / (pairs.size() + headingPairs.size());
      if (dice > bestScore) {
        bestScore = dice;
        best = area;
      }
    }
    return best;
  }

  private static String fromText(BitSet title, BitSet text, List<String> areas, List<int[]> areaPairs,
      int[] documentFrequency, int problemCount) {
    String best = null;
    double bestScore = 0;
    for (int a = 0; a < areas.size(); a++) {
      int[] pairs = areaPairs.get(a);
      double score = 0;
      for (int pair : pairs) {
        double rarity = Math.log(1.0 + (double) problemCount / (1 + documentFrequency[pair]));
        int weight = (title.get(pair) ? TITLE_WEIGHT : 0) + (text.get(pair) ? TEXT_WEIGHT : 0);
        score += rarity * weight;
      }
      score = pairs.length == 0 ? 0 : score / pairs.length;
      if (score > bestScore) {
        bestScore = score;
        best = areas.get(a);
      }
    }
    return best;
  }

  private static BitSet occurring(String text, Map<Integer, Integer> pairIndex) {
    BitSet found = new BitSet(pairIndex.size());
    for (int i = 0; i + 1 < text.length(); i++) {
      Integer index = pairIndex.get(pair(text.charAt(i), text.charAt(i + 1)));
      if (index != null) {
        found.set(index);
      }
    }
    return found;
  }

  private static List<Integer> bigrams(String text) {
    List<Integer> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i + 1))) {
        pairs.add(pair(text.charAt(i), text.charAt(i + 1)));
      }
    }
    return pairs;
  }

  private static int pair(char first, char second) {
    return (first << 16) | second;
  }

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

  private static List<String> clean(List<String> configured) {
    LinkedHashSet<String> areas = new LinkedHashSet<>();
    if (configured != null) {
      configured.stream()
          .filter(area -> area != null && !normalize(area).isEmpty())
          .map(String::strip)
          .forEach(areas::add);
    }
    return List.copyOf(areas);
  }
}
