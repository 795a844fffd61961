package cn.dlm.roster;

import java.util.List;

/** A sheet's headers as found and its non-empty rows. */
record RosterSheet(String name, List<String> headers, List<SheetRow> rows) {}
