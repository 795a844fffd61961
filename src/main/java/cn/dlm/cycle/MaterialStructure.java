package cn.dlm.cycle;

import java.util.List;
import java.util.Map;

/** Turns a material's whole text into its structure; implemented by the material parser (材料解析). */
public interface MaterialStructure {

  record Parsed(List<Map<String, Object>> problems, List<Map<String, Object>> causes,
      List<Map<String, Object>> measures) {}

  Parsed parse(String text);
}
