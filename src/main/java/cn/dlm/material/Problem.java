package cn.dlm.material;

/**
 * A problem (问题) found in a material.
 *
 * @param area the area heading (检视方面) it sits under, normalized; {@code null} without headings
 * @param title its first sentence
 * @param text the whole item
 * @param suggestedArea the closest of the cycle's configured areas, {@code null} when none was given
 *     or none is close; see docs/material-parser.md
 */
public record Problem(String area, String title, String text, String suggestedArea) {

  public Problem withSuggestedArea(String suggestion) {
    return new Problem(area, title, text, suggestion);
  }
}
