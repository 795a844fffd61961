package cn.dlm.browser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** What a participant does in Tasklist: pick a saved filter, open a task, claim it, complete it, start a process. */
public final class TasklistPage {

  private static final Pattern TASK_ID = Pattern.compile("[?&]task=([0-9a-fA-F-]+)");
  /** Error notifications of the page and of the start dialog. */
  private static final By ERRORS = By.cssSelector(".alert-danger, .alert-error");

  private final Browser browser;

  public TasklistPage(Browser browser) {
    this.browser = browser;
  }

  /** Logs a demo user in to Tasklist and waits until the saved filters are listed. */
  public static TasklistPage loginAs(Browser browser, String user) {
    browser.login(WebApp.TASKLIST, user).waitForVisible(By.cssSelector(".task-filter"));
    return new TasklistPage(browser);
  }

  /** Ends the current user's session and logs another user in to Tasklist. */
  public static TasklistPage switchTo(Browser browser, String user) {
    browser.logout();
    return loginAs(browser, user);
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

  /** The names of the tasks the list shows now. */
  public List<String> taskNames() {
    return browser.driver().findElements(By.xpath("//ol[" + hasClass("tasks-list") + "]//h4[" + hasClass("task")
        + "]/a")).stream().map(WebElement::getText).map(String::trim).toList();
  }

  /**
   * Opens a task of the list by its name and waits until its details (with the form) are shown. The
   * name matches a task named exactly so or so followed by "：" and whom the task concerns
   * (审核个人对照检查材料：李华).
   */
  public TasklistPage openTask(String name) {
    browser.click(taskLink(name));
    browser.waitUntil(d -> d.getCurrentUrl().contains("task=") ? true : null);
    browser.waitForVisible(By.xpath("//header//div[" + hasClass("names") + "]/h2[" + hasClass("task") + "]"
        + "[" + named(name) + "]"));
    return this;
  }

  /** Claims the open task (认领) when nobody has it yet, and waits until its 完成 button is shown. */
  public TasklistPage claim() {
    By claim = By.cssSelector(".task-details button.claim");
    if (browser.driver().findElements(claim).stream().anyMatch(WebElement::isDisplayed)) {
      browser.click(claim);
    }
    browser.waitForVisible(By.cssSelector(".form-actions button.btn-primary"));
    return this;
  }

  /** Clicks the form's 完成 (complete) button (closing notifications that would cover it). */
  public TasklistPage complete() {
    browser.dismissNotifications();
    browser.click(By.cssSelector(".form-actions button.btn-primary"));
    return this;
  }

  /**
   * Completes the open task and waits until Tasklist has closed it; fails at once with the message
   * Tasklist shows when the server refuses the form.
   */
  public TasklistPage completeAndWait() {
    String taskId = openTaskId();
    complete();
    browser.waitUntil(d -> {
      failOnError("完成任务");
      boolean open = d.getCurrentUrl().contains("task=" + taskId)
          || !d.findElements(By.cssSelector("ol.tasks-list a[href*='" + taskId + "']")).isEmpty();
      return open ? null : true;
    });
    return this;
  }

  /** The id of the task shown, from the address. */
  public String openTaskId() {
    Matcher id = TASK_ID.matcher(browser.currentUrl());
    if (!id.find()) {
      throw new IllegalStateException("no task open: " + browser.currentUrl());
    }
    return id.group(1);
  }

  /** Opens 发起流程, picks a process by its name and waits until its start form is shown. */
  public TasklistPage startProcess(String processName) {
    browser.click(By.xpath("//a[normalize-space(.)='发起流程']"));
    browser.click(By.xpath("//div[" + hasClass("modal-body") + "]//ul[" + hasClass("processes") + "]//a"
        + "[normalize-space(.)=" + literal(processName) + "]"));
    browser.waitForVisible(By.cssSelector(".modal-body .fjs-container .fjs-form"));
    return this;
  }

  /** Clicks the start dialog's 发起 button and waits until the dialog is closed. */
  public TasklistPage submitStart() {
    browser.click(By.cssSelector(".modal-footer button.btn-primary"));
    browser.waitUntil(d -> {
      failOnError("发起流程");
      return d.findElements(By.cssSelector(".modal-dialog")).isEmpty() ? true : null;
    });
    return this;
  }

  /** Waits until the task list no longer shows a task with this name. */
  public TasklistPage waitForTaskGone(String name) {
    browser.waitUntil(d -> d.findElements(taskLink(name)).isEmpty() ? true : null);
    return this;
  }

  private void failOnError(String action) {
    List<String> errors;
    try {
      errors = browser.driver().findElements(ERRORS).stream().filter(WebElement::isDisplayed)
          .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    } catch (StaleElementReferenceException replaced) {
      return;
    }
    if (!errors.isEmpty()) {
      throw new AssertionError(action + " refused: " + String.join(" | ", errors));
    }
  }

  private static By taskLink(String name) {
    return By.xpath("//ol[" + hasClass("tasks-list") + "]//h4[" + hasClass("task") + "]/a[" + named(name) + "]");
  }

  private static String named(String name) {
    return "normalize-space(.)=" + literal(name) + " or starts-with(normalize-space(.), " + literal(name + "：") + ")";
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
