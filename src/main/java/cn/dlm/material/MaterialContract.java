package cn.dlm.material;

import cn.dlm.platform.FeatureApi;

/**
 * The self-examination materials (对照检查材料): the member's own process ({@code member-material.bpmn}) and the
 * variables the material intake writes, in the member's process or, for the team material, in the cycle.
 */
@FeatureApi
public final class MaterialContract {

  public static final String MEMBER_MATERIAL_PROCESS = "member-material";

  /** The cycle's areas (领域) a material's problems are sorted by; the cycle provides them. */
  public static final String AREAS = "areas";
  public static final String MEMBER = "member";
  public static final String MATERIAL_TEXT = "materialText";
  public static final String MATERIAL_SOURCES = "materialSources";
  public static final String MATERIAL_WARNINGS = "materialWarnings";
  public static final String PROBLEMS = "problems";
  public static final String CAUSES = "causes";
  public static final String MEASURES = "measures";

  private MaterialContract() {}
}
