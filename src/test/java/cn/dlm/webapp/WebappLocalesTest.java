package cn.dlm.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our zh.json against the English file of the same Camunda release, read from the webjar on the
 * test classpath: Tasklist, Welcome and Admin translate every key, Cockpit at least the views the
 * organizing office works in (the rest falls back to English, angular-translate's fallbackLanguage).
 */
class WebappLocalesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Latin words a Chinese text may keep as they are. */
  private static final Set<String> KEEP_AS_IS = Set.of(
      "ID", "BPMN", "DMN", "CMMN", "JSON", "CSV", "XML", "API", "LDAP", "URL", "null");

  /** Cockpit key prefixes that must be translated: navigation, dashboard, processes, instances, incidents, jobs, variables, tasks. */
  private static final List<String> COCKPIT_REQUIRED_PREFIXES = List.of(
      "COCKPIT_", "DASHBOARD_", "BREAD_CRUMBS_", "PROCESS_", "PAGES_", "PLUGIN_PROCESS_",
      "PLUGIN_INCIDENTS_", "PLGN_SEAR_INC_", "PLGN_SEAR_PI_", "PLUGIN_JOB", "PLGN_JRET_",
      "PLUGIN_VARIABLE_", "PLUGIN_USER_TASKS_", "PLUGIN_CALLED_PROCESS", "PLUGIN_ACTIVITY_",
      "PLUGIN_CANCEL_PROCESS_", "PLUGIN_TASK_", "PAGE_LOGIN_", "CAM_WIDGET_");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}|\\{}");
  private static final Pattern TAG = Pattern.compile("<\\s*(/?(?:a|b|br|strong|em|i|span|code|p|div|ul|li))\\b[^>]*>");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin"})
  void everyEnglishKeyIsTranslated(String app) {
    Map<String, String> english = labels(read(app, "en"));
    Map<String, String> chinese = labels(read(app, "zh"));

    assertThat(chinese.keySet()).as("%s: keys missing from zh.json", app).containsAll(english.keySet());
    assertThat(chinese.keySet()).as("%s: keys that 7.24 does not have", app).isSubsetOf(english.keySet());
    assertThat(leftInEnglish(english, chinese)).as("%s: values left in English", app).isEmpty();
    assertThat(brokenMarkup(english, chinese)).as("%s: placeholders or HTML tags changed", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "cockpit"})
  void datesHaveAChineseMomentLocale(String app) {
    JsonNode english = read(app, "en").get("dateLocales");
    JsonNode chinese = read(app, "zh").get("dateLocales");

    assertThat(chinese).as("%s: dateLocales", app).isNotNull();
    assertThat(paths(chinese)).as("%s: dateLocales entries", app).containsAll(paths(english));
    assertThat(chinese.at("/longDateFormat/LL").asText()).isEqualTo("YYYY年M月D日");
    for (String list : List.of("months", "weekdays", "weekdaysShort")) {
      for (int i = 0; i < english.get(list).size(); i++) {
        assertThat(chinese.get(list).get(i).asText()).as("%s %s[%d]", app, list, i)
            .isNotEqualTo(english.get(list).get(i).asText());
      }
    }
  }

  @org.junit.jupiter.api.Test
  void cockpitTranslatesTheOfficesViewsAndFallsBackToEnglishForTheRest() {
    Map<String, String> english = labels(read("cockpit", "en"));
    Map<String, String> chinese = labels(read("cockpit", "zh"));

    List<String> requiredMissing = english.keySet().stream()
        .filter(key -> COCKPIT_REQUIRED_PREFIXES.stream().anyMatch(key::startsWith))
        .filter(key -> !chinese.containsKey(key))
        .toList();
    assertThat(requiredMissing).as("cockpit: untranslated keys of the office's views").isEmpty();
    assertThat(chinese.keySet()).as("cockpit: keys that 7.24 does not have").isSubsetOf(english.keySet());
    Map<String, String> translatedEnglish = new LinkedHashMap<>(english);
    translatedEnglish.keySet().retainAll(chinese.keySet());
    assertThat(leftInEnglish(translatedEnglish, chinese)).as("cockpit: values left in English").isEmpty();
    assertThat(brokenMarkup(translatedEnglish, chinese)).as("cockpit: placeholders or HTML tags changed").isEmpty();
    assertThat(chinese.size()).as("cockpit: translated keys").isGreaterThan(english.size() * 2 / 3);
  }

  /** Keys whose Chinese value is the English one, unless it has no word to translate. */
  private static Map<String, String> leftInEnglish(Map<String, String> english, Map<String, String> chinese) {
    Map<String, String> left = new TreeMap<>();
    english.forEach((key, value) -> {
      if (value.equals(chinese.get(key)) && hasWordsToTranslate(value)) {
        left.put(key, value);
      }
    });
    return left;
  }

  private static boolean hasWordsToTranslate(String value) {
    Matcher words = LATIN_WORD.matcher(PLACEHOLDER.matcher(value).replaceAll(""));
    while (words.find()) {
      if (!KEEP_AS_IS.contains(words.group())) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> brokenMarkup(Map<String, String> english, Map<String, String> chinese) {
    Map<String, String> broken = new TreeMap<>();
    english.forEach((key, value) -> {
      String translated = chinese.get(key);
      if (translated != null && (!all(PLACEHOLDER, value).equals(all(PLACEHOLDER, translated))
          || !all(TAG, value).equals(all(TAG, translated)))) {
        broken.put(key, value + "  ->  " + translated);
      }
    });
    return broken;
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1) == null ? matcher.group() : matcher.group(1));
    }
    Collections.sort(found);
    return found;
  }

  private static Map<String, String> labels(JsonNode locale) {
    Map<String, String> labels = new LinkedHashMap<>();
    locale.get("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    return labels;
  }

  private static List<String> paths(JsonNode node) {
    List<String> paths = new ArrayList<>();
    collect(node, "", paths);
    return paths;
  }

  private static void collect(JsonNode node, String path, List<String> paths) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(field.getValue(), path + "/" + field.getKey(), paths);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "/" + i, paths);
      }
    } else {
      paths.add(path);
    }
  }

  private static JsonNode read(String app, String language) {
    String name = String.format(LOCALES, app, language);
    URL url = WebappLocalesTest.class.getClassLoader().getResource(name);
    assertThat(url).as(name + " on the classpath").isNotNull();
    if (language.equals("en")) {
      assertThat(url.toString()).as("English file comes from the Camunda webjar").contains("camunda-webapp-webjar-7.24.0");
    }
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
