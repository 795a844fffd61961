package cn.dlm.access;

import cn.dlm.platform.FeatureApi;

/** The groups the product relies on, in every profile. */
@FeatureApi
public final class AccessModel {

  /** organizing office (组织办): launches cycles, watches them in Cockpit, verifies rectification. */
  public static final String OFFICE_GROUP = "organizing-office";

  /** supervisors (督导组): approve plans, review the team material, acknowledge sign-off. */
  public static final String SUPERVISORS_GROUP = "supervisors";

  /** Camunda's own administrators group, created with the admin user. */
  public static final String ADMIN_GROUP = "camunda-admin";

  /** Group type that marks a Camunda group as a leadership team (领导班子). */
  public static final String TEAM_GROUP_TYPE = "leadership-team";

  private AccessModel() {}
}
