package cn.dlm.browser;

/** The Camunda webapps, by the path segment under {@code /camunda/app/}. */
public enum WebApp {
  WELCOME("welcome"),
  TASKLIST("tasklist"),
  COCKPIT("cockpit"),
  ADMIN("admin");

  private final String path;

  WebApp(String path) {
    this.path = path;
  }

  public String path() {
    return path;
  }

  /** The app's start page on the default engine, relative to the server root. */
  public String startPage() {
    return "/camunda/app/" + path + "/default/";
  }
}
