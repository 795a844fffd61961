package cn.dlm.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Fills a Camunda Form (form-js) shown in Tasklist, finding fields by their label. A field inside a
 * dynamic list occurs once per row: pass the row index (0 = first row).
 */
public final class CamundaForm {

  private final Browser browser;

  public CamundaForm(Browser browser) {
    this.browser = browser;
  }

  /** Waits until Tasklist has rendered the task's form. */
  public static CamundaForm of(Browser browser) {
    browser.waitForVisible(By.cssSelector(".fjs-container .fjs-form"));
    return new CamundaForm(browser);
  }

  /** Types into a text field (first occurrence of the label). */
  public CamundaForm text(String label, String value) {
    return text(label, 0, value);
  }

  /** Types into a text field of a dynamic list row. */
  public CamundaForm text(String label, int row, String value) {
    return typeInto(input(label, row, "input"), value);
  }

  /** Types into a text area (first occurrence of the label). */
  public CamundaForm textarea(String label, String value) {
    return textarea(label, 0, value);
  }

  /** Types into a text area of a dynamic list row. */
  public CamundaForm textarea(String label, int row, String value) {
    return typeInto(input(label, row, "textarea"), value);
  }

  /** Picks an option of a select field by the option's label. */
  public CamundaForm select(String label, int row, String option) {
    reveal(field(label, row).findElement(By.cssSelector(".fjs-input-group"))).click();
    browser.click(By.xpath("//*[" + hasClass("fjs-dropdownlist-item") + "][normalize-space(.)="
        + literal(option) + "]"));
    browser.waitUntil(d -> field(label, row).getText().contains(option) ? true : null);
    return this;
  }

  /**
   * Types a date into a date field as a Chinese user writes it — {@code 2026-10-09},
   * {@code 2026/10/9}, {@code 2026.10.09}, {@code 2026年10月9日} or {@code 20261009} (our
   * form-dates.js reads these; month/day/year is refused) — and presses Enter, which closes the picker.
   */
  public CamundaForm date(String label, int row, String value) {
    WebElement input = input(label, row, "input");
    typeInto(input, value);
    input.sendKeys(Keys.ENTER);
    return this;
  }

  /** Clicks the dynamic list's 添加一行 (add row) button and waits for the new row. */
  public CamundaForm addRow(String listLabel) {
    int before = rows(listLabel);
    browser.click(By.xpath(list(listLabel) + "//button[" + hasClass("fjs-repeat-render-add") + "]"));
    browser.waitUntil(d -> rows(listLabel) > before ? true : null);
    return this;
  }

  /** The number of rows of a dynamic list. */
  public int rows(String listLabel) {
    return browser.driver().findElements(By.xpath(list(listLabel)
        + "//*[" + hasClass("fjs-repeat-row-container") + "]")).size();
  }

  /** The validation messages form-js shows under the fields. */
  public List<String> errors() {
    return browser.driver().findElements(By.cssSelector(".fjs-form-field-error")).stream()
        .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
  }

  private CamundaForm typeInto(WebElement input, String value) {
    reveal(input).click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value);
    return this;
  }

  private WebElement reveal(WebElement element) {
    browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    return element;
  }

  private WebElement input(String label, int row, String tag) {
    return field(label, row).findElement(By.tagName(tag));
  }

  private WebElement field(String label, int row) {
    String labelled = "label[normalize-space(text())=" + literal(label) + "]";
    By fields = By.xpath("//*[" + hasClass("fjs-form-field") + "][not(" + hasClass("fjs-form-field-grouplike")
        + ")][.//" + labelled + "]");
    return browser.waitUntil(d -> {
      List<WebElement> found = d.findElements(fields);
      return found.size() > row ? found.get(row) : null;
    });
  }

  private static String list(String label) {
    return "//*[" + hasClass("fjs-form-field-dynamiclist") + "][./label[normalize-space(text())="
        + literal(label) + "]]";
  }

  private static String hasClass(String name) {
    return "contains(concat(' ', normalize-space(@class), ' '), ' " + name + " ')";
  }

  private static String literal(String text) {
    if (text.contains("'")) {
      throw new IllegalArgumentException("apostrophe in " + text);
    }
    return "'" + text + "'";
  }
}
