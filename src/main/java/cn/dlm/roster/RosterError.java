package cn.dlm.roster;

/** A problem in the uploaded roster, where the office finds it: sheet, row, column, and what is wrong. */
record RosterError(String sheet, int row, String column, String message) {}
