package cn.dlm.season;

import cn.dlm.platform.form.FormInput;
import java.util.List;
import org.camunda.bpm.engine.identity.Group;

/**
 * Which leadership teams a season launch covers (部署范围): teams whose name contains one of the given words (a
 * county's name, 党组, ...) and whose id starts with one of the given prefixes; an empty part covers every team. A
 * city launches county by county, since one launch lists at most {@link FormInput#MAX_ROWS} teams.
 */
record SeasonScope(List<String> nameWords, List<String> idPrefixes) {

  static final String NAME_FIELD = "scopeName";
  static final String ID_PREFIX_FIELD = "scopeIdPrefix";
  static final int MAX_TEAMS = FormInput.MAX_ROWS;

  static SeasonScope of(FormInput input) {
    return new SeasonScope(words(input, NAME_FIELD, "班子名称包含"), words(input, ID_PREFIX_FIELD, "班子编号开头为"));
  }

  private static List<String> words(FormInput input, String field, String label) {
    return FormInput.strings(input.text(field, label, FormInput.SHORT_TEXT, false), label).stream().distinct().toList();
  }

  boolean covers(Group team) {
    String name = team.getName() == null ? "" : team.getName();
    return (nameWords.isEmpty() || nameWords.stream().anyMatch(name::contains))
        && (idPrefixes.isEmpty() || idPrefixes.stream().anyMatch(team.getId()::startsWith));
  }

  boolean isEverything() {
    return nameWords.isEmpty() && idPrefixes.isEmpty();
  }

  /** The scope as the office wrote it, e.g. 班子名称包含“甲县”、“乙县”. */
  String describe() {
    if (isEverything()) {
      return "全部领导班子";
    }
    StringBuilder text = new StringBuilder();
    if (!nameWords.isEmpty()) {
      text.append("班子名称包含").append(quoted(nameWords));
    }
    if (!idPrefixes.isEmpty()) {
      text.append(text.isEmpty() ? "" : "且").append("班子编号开头为").append(quoted(idPrefixes));
    }
    return text.toString();
  }

  private static String quoted(List<String> words) {
    return String.join("或", words.stream().map(word -> "“" + word + "”").toList());
  }
}
