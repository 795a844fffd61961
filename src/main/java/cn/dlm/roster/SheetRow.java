package cn.dlm.roster;

import java.util.Map;

/** One non-empty row of a roster sheet: its Excel row number (header = 1) and its cells by header. */
record SheetRow(String sheet, int row, Map<String, String> cells, Map<String, String> columnLetters) {

  String get(String header) {
    return cells.getOrDefault(header, "");
  }

  RosterError error(String header, String message) {
    return new RosterError(sheet, row, columnLetters.getOrDefault(header, "") + "（" + header + "）", message);
  }
}
