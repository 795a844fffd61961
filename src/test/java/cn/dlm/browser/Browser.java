package cn.dlm.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Debian's chromedriver, speaking Chinese (zh-CN) like our
 * users' browsers, with bounded waits and a screenshot per step under
 * {@code target/screenshots/<test>/<step>.png}.
 *
 * <p>Nothing is downloaded: the browser and driver are the system packages {@code chromium} and
 * {@code chromium-driver} (paths overridable with {@code -Ddlm.browser.binary=} and
 * {@code -Ddlm.browser.driver=}), so Selenium Manager is never asked for anything.
 */
public final class Browser implements AutoCloseable {

  public static final String CHROMIUM = System.getProperty("dlm.browser.binary", "/usr/bin/chromium");
  public static final String CHROMEDRIVER = System.getProperty("dlm.browser.driver", "/usr/bin/chromedriver");
  /** The time zone of the users; the webapps show dates in the browser's zone. */
  public static final String TIME_ZONE = "Asia/Shanghai";

  private static final Duration TIMEOUT =
      Duration.ofSeconds(Long.getLong("dlm.browser.timeout-seconds", 30));
  private static final Pattern RAW_KEY = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+){2,}\\b");
  private static final By LOGIN_FORM = By.cssSelector("form[name=signinForm]");
  /** The header's brand link, shown only to a logged-in user. */
  private static final By LOGGED_IN_HEADER = By.cssSelector("a.navbar-brand.app-banner");
  private static final Path SCREENSHOTS = Path.of(System.getProperty("dlm.screenshots.dir", "target/screenshots"));

  /**
   * Selenium looks for a DevTools (CDP) binding matching the browser's major version and warns on
   * every start when Debian's Chromium is newer than the bindings; the tests use WebDriver only.
   * Held in fields so that java.util.logging keeps the levels.
   */
  private static final List<Logger> QUIET_LOGGERS = List.of(
      quiet("org.openqa.selenium.devtools.CdpVersionFinder"),
      quiet("org.openqa.selenium.chromium.ChromiumDriver"));

  private final String baseUrl;
  private final String demoPassword;
  private final Path screenshotDir;
  private final Path profileDir;
  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private Browser(String baseUrl, String demoPassword, String testName, Path profileDir,
      ChromeDriverService service, ChromeDriver driver) {
    this.baseUrl = baseUrl;
    this.demoPassword = demoPassword;
    this.screenshotDir = SCREENSHOTS.resolve(testName);
    deleteRecursively(screenshotDir);
    this.profileDir = profileDir;
    this.service = service;
    this.driver = driver;
    this.wait = new WebDriverWait(driver, TIMEOUT);
  }

  /**
   * Starts a fresh browser (new profile, no cookies, no local storage).
   *
   * @param baseUrl the server root, e.g. {@code http://localhost:41234}
   * @param demoPassword the demo users' password, used by {@link #login(WebApp, String)}
   * @param testName the folder under {@code target/screenshots/} for this test's screenshots
   */
  public static Browser open(String baseUrl, String demoPassword, String testName) {
    requireExecutable(CHROMIUM, "chromium");
    requireExecutable(CHROMEDRIVER, "chromium-driver");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);

    Path profileDir;
    try {
      profileDir = Files.createTempDirectory("dlm-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=zh-CN",
        "--window-size=1440,900",
        "--user-data-dir=" + profileDir.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);

    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .withEnvironment(Map.of("TZ", TIME_ZONE))
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(TIMEOUT.multipliedBy(2));
    return new Browser(baseUrl, demoPassword, testName, profileDir, service, driver);
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  private static void requireExecutable(String path, String debianPackage) {
    if (!Files.isExecutable(Path.of(path))) {
      throw new IllegalStateException(path + " is missing: install the Debian package " + debianPackage
          + " (.ci/run does) — browser tests never download a browser");
    }
  }

  /** The underlying driver, for anything this helper does not cover. */
  public WebDriver driver() {
    return driver;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Navigates to a path on the server, e.g. {@code /camunda/app/cockpit/default/}. */
  public Browser go(String path) {
    driver.get(baseUrl + path);
    return this;
  }

  /** Opens a webapp's start page (its login form when nobody is logged in). */
  public Browser open(WebApp app) {
    return go(app.startPage());
  }

  /**
   * Logs a demo user in to a webapp (unless the session already is) and waits until the app's
   * header shows the user is in.
   */
  public Browser login(WebApp app, String user) {
    return login(app, user, demoPassword);
  }

  /** Logs a user in to a webapp (unless the session already is) and waits for the app's header. */
  public Browser login(WebApp app, String user, String password) {
    open(app);
    String shown = waitUntil(d -> isDisplayed(LOGIN_FORM) ? "login form"
        : isDisplayed(LOGGED_IN_HEADER) ? "logged in" : null);
    if (shown.equals("login form")) {
      fillLoginForm(user, password);
    }
    waitForVisible(LOGGED_IN_HEADER);
    return this;
  }

  /**
   * Ends the session of whoever is logged in (drops the server's session and CSRF cookies), so that
   * the next {@link #login(WebApp, String)} shows the login form again.
   */
  public Browser logout() {
    driver.manage().deleteAllCookies();
    return this;
  }

  /**
   * Fills and submits a webapp's login form without waiting for the outcome, for tests that expect
   * the login to be refused.
   */
  public Browser submitLogin(WebApp app, String user, String password) {
    open(app);
    fillLoginForm(user, password);
    return this;
  }

  private void fillLoginForm(String user, String password) {
    type(By.cssSelector("form[name=signinForm] input[ng-model=username]"), user);
    type(By.cssSelector("form[name=signinForm] input[type=password]"), password);
    click(By.cssSelector("form[name=signinForm] button[type=submit]"));
  }

  private boolean isDisplayed(By locator) {
    try {
      return driver.findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    } catch (WebDriverException e) {
      return false;
    }
  }

  /** Same as {@link #submitLogin(WebApp, String, String)} with the demo password. */
  public Browser submitLogin(WebApp app, String user) {
    return submitLogin(app, user, demoPassword);
  }

  /** Waits until the visible text of the page contains {@code text}. */
  public Browser waitForText(String text) {
    return waitForText(By.tagName("body"), text);
  }

  /** Waits until the visible text of the first element matching {@code locator} contains {@code text}. */
  public Browser waitForText(By locator, String text) {
    wait.withMessage(() -> "text \"" + text + "\" in " + locator + "; the page shows:\n" + abbreviate(bodyText()))
        .until(d -> d.findElements(locator).stream().anyMatch(e -> textOf(e).contains(text)));
    return this;
  }

  /** Waits until the page's visible text no longer contains {@code text}. */
  public Browser waitForTextGone(String text) {
    wait.withMessage(() -> "text \"" + text + "\" to disappear; the page shows:\n" + abbreviate(bodyText()))
        .until(d -> !bodyText().contains(text));
    return this;
  }

  /** Waits until an element matching {@code locator} is visible, and returns it. */
  public WebElement waitForVisible(By locator) {
    return wait.withMessage(() -> "visible " + locator + "; the page shows:\n" + abbreviate(bodyText()))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits until {@code condition} holds (bounded by the browser timeout), and returns its value. */
  public <T> T waitUntil(Function<WebDriver, T> condition) {
    return wait.withMessage(() -> "condition " + condition + "; the page shows:\n" + abbreviate(bodyText()))
        .until(condition);
  }

  /**
   * Waits until an element is clickable, scrolls it to the middle of the window (the webapps' fixed
   * footer would otherwise cover buttons at the bottom) and clicks it. A page still laying itself out
   * (a form growing around long pasted text) can move another element over it between the scroll and
   * the click: then it scrolls and clicks again, within the browser timeout.
   */
  public Browser click(By locator) {
    wait.withMessage(() -> "clickable " + locator + "; the page shows:\n" + abbreviate(bodyText())).until(d -> {
      WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
      if (element == null) {
        return null;
      }
      script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
      try {
        element.click();
        return true;
      } catch (ElementClickInterceptedException | StaleElementReferenceException moved) {
        return null;
      }
    });
    return this;
  }

  /**
   * Scrolls an element found by {@code element} to the middle of the window and clicks it, finding
   * and clicking again while the page moves another element over it (as {@link #click(By)}).
   */
  public Browser click(Supplier<WebElement> element) {
    wait.withMessage(() -> "clickable element; the page shows:\n" + abbreviate(bodyText())).until(d -> {
      try {
        WebElement found = element.get();
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", found);
        found.click();
        return true;
      } catch (ElementClickInterceptedException | StaleElementReferenceException moved) {
        return null;
      }
    });
    return this;
  }

  /** Closes the webapp's notification boxes (they cover the buttons at the bottom right). */
  public Browser dismissNotifications() {
    By close = By.cssSelector(".page-notifications .alert button.close:not(.ng-hide)");
    for (WebElement button : driver.findElements(close)) {
      if (button.isDisplayed()) {
        button.click();
      }
    }
    waitUntil(d -> d.findElements(close).stream().noneMatch(WebElement::isDisplayed) ? true : null);
    return this;
  }

  /** Waits until the element shows exactly (trimmed) {@code text} as a link or button and clicks it. */
  public Browser clickText(String text) {
    return click(By.xpath("//*[self::a or self::button][normalize-space(.)='" + text + "']"));
  }

  /** Waits until an input is visible, clears it and types {@code text}. */
  public Browser type(By locator, String text) {
    WebElement input = waitForVisible(locator);
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** The visible text of the whole page. */
  public String bodyText() {
    try {
      return driver.findElement(By.tagName("body")).getText();
    } catch (WebDriverException e) {
      return "(no page: " + e.getClass().getSimpleName() + ")";
    }
  }

  /**
   * Translation keys shown as they are (e.g. {@code PLUGIN_JOBS_LABEL}): what the webapps display
   * when a key is missing from both the Chinese and the English file.
   */
  public List<String> rawTranslationKeys() {
    Matcher keys = RAW_KEY.matcher(bodyText());
    List<String> found = new ArrayList<>();
    while (keys.find()) {
      found.add(keys.group());
    }
    return found;
  }

  /** The current URL. */
  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** Writes the visible viewport to {@code target/screenshots/<test>/<step>.png} and returns that file. */
  public Path screenshot(String step) {
    try {
      Files.createDirectories(screenshotDir);
      Path target = screenshotDir.resolve(step + ".png");
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.move(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps what a failed test saw: a screenshot, the page's HTML and the browser console. */
  void recordFailure(Throwable failure) {
    try {
      screenshot("failure");
      Files.writeString(screenshotDir.resolve("failure.html"), driver.getPageSource(), StandardCharsets.UTF_8);
      List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
      Files.writeString(screenshotDir.resolve("failure-console.log"),
          console.stream().map(LogEntry::toString).collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** Runs a script in the page and returns its result. */
  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.close();
      deleteRecursively(profileDir);
    }
  }

  private static String textOf(WebElement element) {
    try {
      return element.getText();
    } catch (WebDriverException e) {
      return "";
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 2000) + " …";
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary profile is harmless
    }
  }
}
