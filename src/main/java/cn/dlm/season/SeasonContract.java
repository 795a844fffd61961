package cn.dlm.season;

import cn.dlm.platform.FeatureApi;

/** The season launch (年度部署, {@code season-launch.bpmn}): process key and variables. */
@FeatureApi
public final class SeasonContract {

  public static final String PROCESS_KEY = "season-launch";

  public static final String YEAR = "year";
  public static final String SCOPE = "scope";
  public static final String TEAMS = "teams";
  public static final String LAUNCH_TEAMS = "launchTeams";
  public static final String LAUNCH_TEAM_ID = "launchTeamId";
  public static final String LAUNCH_RESULTS = "launchResults";
  public static final String LAUNCH_SUMMARY = "launchSummary";

  private SeasonContract() {}
}
