package cn.dlm.rectification.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a rectification item (整改事项) stands; stored and shown by its Chinese label. */
public enum ItemStatus {
  PENDING("待整改"),
  IN_PROGRESS("整改中"),
  AWAITING_VERIFICATION("待验收"),
  CLOSED("已销号"),
  CARRIED_OVER("结转");

  private final String label;

  ItemStatus(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** Still to be done this year: neither closed (销号) nor carried over (结转). */
  public boolean isOpen() {
    return this != CLOSED && this != CARRIED_OVER;
  }

  @JsonCreator
  public static ItemStatus fromLabel(String label) {
    for (ItemStatus status : values()) {
      if (status.label.equals(label) || status.name().equals(label)) {
        return status;
      }
    }
    throw new IllegalArgumentException("Unknown item status: " + label);
  }
}
