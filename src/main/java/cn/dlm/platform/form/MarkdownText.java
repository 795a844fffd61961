package cn.dlm.platform.form;

/**
 * Text a form's {@code text} component may show although it comes from what a user typed: form-js renders such a
 * component as Markdown and HTML, so every character that would become markup is escaped and shows as itself.
 * (User text shown in a read-only field needs nothing of this.)
 */
public final class MarkdownText {

  private MarkdownText() {}

  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '~' ->
            escaped.append('\\').append(c);
        case '\n', '\r' -> escaped.append(' ');
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
