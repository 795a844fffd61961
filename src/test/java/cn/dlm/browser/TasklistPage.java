package cn.dlm.browser;

import org.openqa.selenium.By;

/** What a participant does in Tasklist: pick a saved filter, open a task, complete it. */
public final class TasklistPage {

  private final Browser browser;

  public TasklistPage(Browser browser) {
    this.browser = browser;
  }

  /** Logs a demo user in to Tasklist and waits until the saved filters are listed. */
  public static TasklistPage loginAs(Browser browser, String user) {
    browser.login(WebApp.TASKLIST, user).waitForVisible(By.cssSelector(".task-filter"));
    return new TasklistPage(browser);
  }

  /** Selects a saved filter by its name (e.g. {@code TasklistFilters.MINE}) and waits until it is active. */
  public TasklistPage selectFilter(String name) {
    String item = "//*[" + hasClass("task-filter") + "][.//h4[" + hasClass("name") + "]/a"
        + "[starts-with(normalize-space(.), " + literal(name) + ")]]";
    browser.click(By.xpath(item + "//h4[" + hasClass("name") + "]/a"));
    browser.waitUntil(d -> d.findElement(By.xpath(item)).getAttribute("class").contains("active") ? true : null);
    return this;
  }

  /** Waits until the task list shows a task with this name. */
  public TasklistPage waitForTask(String name) {
    browser.waitForVisible(taskLink(name));
    return this;
  }

  /** Opens a task of the list by its name and waits until its details (with the form) are shown. */
  public TasklistPage openTask(String name) {
    browser.click(taskLink(name));
    browser.waitUntil(d -> d.getCurrentUrl().contains("task=") ? true : null);
    browser.waitForVisible(By.xpath("//header//div[" + hasClass("names") + "]/h2[" + hasClass("task") + "]"
        + "[normalize-space(.)=" + literal(name) + "]"));
    return this;
  }

  /** Clicks the form's 完成 (complete) button (closing notifications that would cover it). */
  public TasklistPage complete() {
    browser.dismissNotifications();
    browser.click(By.cssSelector(".form-actions button.btn-primary"));
    return this;
  }

  /** Waits until the task list no longer shows a task with this name. */
  public TasklistPage waitForTaskGone(String name) {
    browser.waitUntil(d -> d.findElements(taskLink(name)).isEmpty() ? true : null);
    return this;
  }

  private static By taskLink(String name) {
    return By.xpath("//ol[" + hasClass("tasks-list") + "]//h4[" + hasClass("task") + "]/a[normalize-space(.)="
        + literal(name) + "]");
  }

  /** XPath test for one class token (contains(@class, …) would also match longer class names). */
  private static String hasClass(String name) {
    return "contains(concat(' ', normalize-space(@class), ' '), ' " + name + " ')";
  }

  /** An XPath string literal for text that contains no apostrophe (task and filter names do not). */
  private static String literal(String text) {
    if (text.contains("'")) {
      throw new IllegalArgumentException("apostrophe in " + text);
    }
    return "'" + text + "'";
  }
}
