package cn.dlm.roster;

import java.util.Set;

/** Splits a Chinese full name into Camunda's last name (姓) and first name (名). */
record ChineseName(String lastName, String firstName) {

  private static final Set<String> TWO_CHARACTER_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
      "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "端木", "独孤", "南宫", "西门", "轩辕", "呼延");

  static ChineseName of(String fullName) {
    if (fullName.length() > 2 && TWO_CHARACTER_SURNAMES.contains(fullName.substring(0, 2))) {
      return new ChineseName(fullName.substring(0, 2), fullName.substring(2));
    }
    if (fullName.length() < 2 || fullName.contains(" ") || fullName.contains("·")) {
      return new ChineseName(fullName, "");
    }
    return new ChineseName(fullName.substring(0, 1), fullName.substring(1));
  }

  /** The full name as the system shows it: family name first, no space. */
  static String display(String lastName, String firstName) {
    return (nullToEmpty(lastName) + nullToEmpty(firstName)).strip();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
