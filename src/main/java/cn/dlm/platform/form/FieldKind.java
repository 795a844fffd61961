package cn.dlm.platform.form;

/** What a form field submits, by its form-js component type. */
enum FieldKind {
  /** textfield: one line of text. */
  LINE,
  /** textarea: a text up to a whole material. */
  TEXT,
  /** datetime with subtype date: an ISO date, yyyy-MM-dd. */
  DATE,
  /** number. */
  NUMBER,
  /** checkbox. */
  FLAG,
  /** radio, select: one of the options, as text. */
  CHOICE,
  /** checklist, taglist: a list of option values. */
  CHOICES,
  /** dynamiclist (and a group with a path): rows of the listed fields. */
  ROWS;

  static FieldKind of(String type, String subtype) {
    return switch (type) {
      case "textfield" -> LINE;
      case "textarea" -> TEXT;
      case "datetime" -> "date".equals(subtype) || subtype == null ? DATE : LINE;
      case "number" -> NUMBER;
      case "checkbox" -> FLAG;
      case "radio", "select" -> CHOICE;
      case "checklist", "taglist" -> CHOICES;
      case "dynamiclist", "group" -> ROWS;
      default -> null;
    };
  }
}
