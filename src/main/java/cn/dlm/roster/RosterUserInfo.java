package cn.dlm.roster;

/** What the roster keeps about a person beyond Camunda's user fields, as identity-service user info. */
final class RosterUserInfo {

  /** The mobile number (手机), when the roster gives one. */
  public static final String MOBILE = "dlm.mobile";

  /** The id of the leadership team whose secretary (书记) the user is. */
  public static final String SECRETARY_OF = "dlm.secretaryOf";

  private RosterUserInfo() {}
}
