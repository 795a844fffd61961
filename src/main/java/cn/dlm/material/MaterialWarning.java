package cn.dlm.material;

/**
 * Something the parser was unsure about and the author can check: shown above the parsed structure
 * on the check form and returned by the API.
 *
 * @param code what kind of doubt, for clients that act on it
 * @param message the doubt in the author's words (简体中文), naming the line or item concerned
 */
public record MaterialWarning(Code code, String message) {

  public enum Code {
    /** Nothing was read as a problem. */
    NO_PROBLEMS,
    /** Problems were found but no area heading (检视方面) above them. */
    NO_AREA,
    /** A heading states how many items follow ("（6条）") and another number was found. */
    COUNT_MISMATCH,
    /** An item is several times as long as the others of its list: items may have been merged. */
    LONG_ITEM,
    /** A line that looks like a heading was read as text. */
    HEADING_AS_TEXT
  }
}
