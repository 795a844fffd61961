package cn.dlm.browser;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
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

  /** Picks an option of a select field by the option's label (or a label of a name with a role: 高建华（书记）). */
  public CamundaForm select(String label, int row, String option) {
    browser.click(() -> field(label, row).findElement(By.cssSelector(".fjs-input-group")));
    browser.click(By.xpath("//*[" + hasClass("fjs-dropdownlist-item") + "][normalize-space(.)=" + literal(option)
        + " or starts-with(normalize-space(.), " + literal(option + "（") + ")]"));
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
    typeRaw(input, value);
    input.sendKeys(Keys.ENTER);
    return this;
  }

  /**
   * Pastes a whole text into a text area the way a paste from Word does: the browser inserts it in
   * one edit (one input event), instead of typing it key by key.
   */
  public CamundaForm paste(String label, String text) {
    browser.click(() -> input(label, 0, "textarea"));
    WebElement area = input(label, 0, "textarea");
    browser.script("const area = arguments[0]; area.focus(); area.select();"
        + "document.execCommand('insertText', false, arguments[1]);", area, text);
    leave(area);
    browser.waitUntil(d -> text.equals(input(label, 0, "textarea").getAttribute("value")) ? true : null);
    return this;
  }

  /** Ticks or unticks a single checkbox field. */
  public CamundaForm checkbox(String label, int row, boolean ticked) {
    if (field(label, row).findElement(By.cssSelector("input[type=checkbox]")).isSelected() != ticked) {
      browser.click(() -> field(label, row).findElement(By.cssSelector("input[type=checkbox]")));
    }
    browser.waitUntil(d -> field(label, row).findElement(By.cssSelector("input[type=checkbox]")).isSelected()
        == ticked ? true : null);
    return this;
  }

  /** Ticks a single checkbox field. */
  public CamundaForm tick(String label) {
    return checkbox(label, 0, true);
  }

  /** Picks the option of a radio group by the option's label. */
  public CamundaForm radio(String label, String option) {
    browser.click(() -> optionInput(label, option, "radio"));
    browser.waitUntil(d -> optionInput(label, option, "radio").isSelected() ? true : null);
    return this;
  }

  /** The label of the radio option that is picked, or null. */
  public String pickedRadio(String label) {
    return field(label, 0).findElements(By.cssSelector("input[type=radio]")).stream().filter(WebElement::isSelected)
        .map(input -> input.findElement(By.xpath("./ancestor::label[1]")).getText().trim()).findFirst().orElse(null);
  }

  /** Ticks or unticks one option of a checklist by the option's label. */
  public CamundaForm checklist(String label, String option, boolean ticked) {
    if (optionInput(label, option, "checkbox").isSelected() != ticked) {
      browser.click(() -> optionInput(label, option, "checkbox"));
    }
    browser.waitUntil(d -> optionInput(label, option, "checkbox").isSelected() == ticked ? true : null);
    return this;
  }

  /** The labels of the ticked options of a checklist. */
  public List<String> ticked(String label) {
    return field(label, 0).findElements(By.cssSelector("input[type=checkbox]")).stream().filter(WebElement::isSelected)
        .map(input -> input.findElement(By.xpath("./ancestor::label[1]")).getText().trim()).toList();
  }

  /**
   * Picks a day in a date field's calendar (form-js's flatpickr): opens it, pages month by month to
   * the day's month and clicks the day. Independent of the format the field reads when typed into.
   */
  public CamundaForm pickDate(String label, int row, LocalDate day) {
    browser.click(() -> input(label, row, "input"));
    browser.waitForVisible(By.cssSelector(".flatpickr-calendar.open"));
    for (int pages = 0; pages < 240; pages++) {
      YearMonth month = shownMonth();
      YearMonth wanted = YearMonth.from(day);
      if (month.equals(wanted)) {
        browser.click(() -> (WebElement) browser.script("return Array.from(document.querySelectorAll("
            + "'.flatpickr-calendar.open .flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)'))"
            + ".find(d => d.dateObj.getDate() === arguments[0]);", day.getDayOfMonth()));
        browser.waitUntil(d -> d.findElements(By.cssSelector(".flatpickr-calendar.open")).isEmpty()
            && !input(label, row, "input").getAttribute("value").isBlank() ? true : null);
        return this;
      }
      browser.click(By.cssSelector(month.isBefore(wanted) ? ".flatpickr-calendar.open .flatpickr-next-month"
          : ".flatpickr-calendar.open .flatpickr-prev-month"));
      browser.waitUntil(d -> !month.equals(shownMonth()) ? true : null);
    }
    throw new IllegalArgumentException("cannot page the calendar to " + day);
  }

  /** The month the open calendar shows, from its days' dates (the month's name depends on the language). */
  private YearMonth shownMonth() {
    List<?> shown = (List<?>) browser.script("const days = Array.from(document.querySelectorAll("
        + "'.flatpickr-calendar.open .flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)'));"
        + "const first = days[0].dateObj; return [first.getFullYear(), first.getMonth() + 1];");
    return YearMonth.of(((Number) shown.get(0)).intValue(), ((Number) shown.get(1)).intValue());
  }

  /** The value of a text field or text area (first occurrence of the label). */
  public String value(String label) {
    return value(label, 0);
  }

  /** The value of a text field or text area of a dynamic list row. */
  public String value(String label, int row) {
    List<WebElement> inputs = field(label, row).findElements(By.cssSelector("input, textarea"));
    return inputs.isEmpty() ? null : inputs.get(0).getAttribute("value");
  }

  /** The visible text of a field of a dynamic list row: a select's or a tag list's chosen options, by their labels. */
  public String shown(String label, int row) {
    return field(label, row).getText();
  }

  /** The visible text of the whole form (read-only texts, tables, labels). */
  public String text() {
    return browser.driver().findElement(By.cssSelector(".fjs-container")).getText();
  }

  /** Clicks the dynamic list's 添加一行 (add row) button and waits for the new row. */
  public CamundaForm addRow(String listLabel) {
    int before = rows(listLabel);
    browser.click(By.xpath(list(listLabel) + "//button[" + hasClass("fjs-repeat-render-add") + "]"));
    browser.waitUntil(d -> rows(listLabel) > before ? true : null);
    return this;
  }

  /** Adds rows to a dynamic list until it has at least {@code count} (a task may open with none). */
  public CamundaForm ensureRows(String listLabel, int count) {
    while (rows(listLabel) < count) {
      addRow(listLabel);
    }
    return this;
  }

  /**
   * Shows every row of a dynamic list that form-js folds after its first rows (the list's 全部展开
   * button), and waits until they are shown; does nothing when all rows are shown.
   */
  public CamundaForm expandAll(String listLabel) {
    By expand = By.xpath(list(listLabel) + "//button[" + hasClass("fjs-repeat-render-collapse") + "]");
    List<WebElement> buttons = browser.driver().findElements(expand);
    if (!buttons.isEmpty() && buttons.get(0).getText().contains("展开")) {
      int before = rows(listLabel);
      browser.click(expand);
      browser.waitUntil(d -> rows(listLabel) > before ? true : null);
    }
    return this;
  }

  /** Clicks the remove button of a dynamic list's row and waits until the row is gone. */
  public CamundaForm removeRow(String listLabel, int row) {
    int before = rows(listLabel);
    browser.click(() -> browser.driver().findElements(By.xpath(list(listLabel)
        + "//button[" + hasClass("fjs-repeat-row-remove") + "]")).get(row));
    browser.waitUntil(d -> rows(listLabel) < before ? true : null);
    return this;
  }

  /** How many fields carry this label (once per row inside a dynamic list). */
  public int count(String label) {
    return browser.driver().findElements(By.xpath("//*[" + hasClass("fjs-form-field") + "][not("
        + hasClass("fjs-form-field-grouplike") + ")][.//label[normalize-space(text())=" + literal(label) + "]]")).size();
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

  /** Types into an input and waits until the form holds what was typed. */
  private CamundaForm typeInto(WebElement input, String value) {
    typeRaw(input, value);
    try {
      browser.waitUntil(d -> {
        String held = input.getAttribute("value");
        if (value.equals(held)) {
          return true;
        }
        if (held == null || held.isEmpty()) {
          typeRaw(input, value); // a re-render of the form (another field's change, under load) dropped it
        }
        return null;
      });
    } catch (TimeoutException e) {
      throw new AssertionError("typed \"" + value + "\" into " + input.getAttribute("id") + " but it holds \""
          + input.getAttribute("value") + "\"", e);
    }
    return this;
  }

  /**
   * Replaces the input's text: keys for plain ASCII; text with Chinese characters the way an input
   * method commits it, as one inserted text (chromedriver's key events for characters of no keyboard
   * layout get lost in form-js text fields).
   */
  private void typeRaw(WebElement input, String value) {
    browser.click(() -> input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    if (value.chars().allMatch(c -> c < 128)) {
      input.sendKeys(value);
    } else {
      browser.script("arguments[0].focus(); document.execCommand('insertText', false, arguments[1]);", input, value);
    }
    leave(input);
  }

  /**
   * Leaves a field as a user moving on does: form-js takes a text in after a pause or when its field
   * loses the focus; a field left pending can be cleared by the next field's update.
   */
  private void leave(WebElement input) {
    browser.script("arguments[0].blur();", input);
  }

  private WebElement optionInput(String label, String option, String type) {
    String named = "[normalize-space(.)=" + literal(option) + " or starts-with(normalize-space(.), "
        + literal(option + "（") + ")]";
    return field(label, 0).findElement(By.xpath(".//label" + named + "//input[@type='" + type + "']"
        + " | .//input[@type='" + type + "'][following-sibling::*[1][self::label]" + named + "]"));
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
