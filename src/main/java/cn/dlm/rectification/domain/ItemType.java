package cn.dlm.rectification.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The kind of rectification: immediate (立行立改), by a deadline (限期整改) or standing (长期坚持). */
public enum ItemType {
  IMMEDIATE("立行立改"),
  TIME_BOUND("限期整改"),
  LONG_TERM("长期坚持");

  private final String label;

  ItemType(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  public static Optional<ItemType> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.trim();
    for (ItemType type : values()) {
      if (type.label.equals(trimmed) || type.name().equals(trimmed)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  @JsonCreator
  public static ItemType fromLabel(String label) {
    return find(label).orElseThrow(() -> new IllegalArgumentException("Unknown item type: " + label));
  }
}
