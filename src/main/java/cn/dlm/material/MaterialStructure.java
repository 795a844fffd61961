package cn.dlm.material;

import java.util.List;
import java.util.Map;

/** Turns a material's whole text into its structure; implemented by the material parser (材料解析). */
interface MaterialStructure {

  /** @param warnings what the parser was unsure about, in the author's words, for the check form */
  record Parsed(List<Map<String, Object>> problems, List<Map<String, Object>> causes,
      List<Map<String, Object>> measures, List<String> warnings) {}

  /** @param areas the cycle's areas (检视方面), to suggest one for problems without an area heading */
  Parsed parse(String text, List<String> areas);
}
