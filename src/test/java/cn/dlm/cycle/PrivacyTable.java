package cn.dlm.cycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The table "who may read what" of docs/privacy.md, read by the tests so that the document and the
 * checks cannot drift apart. A row: {@code | process | `variable`, `other_*` | readers | meaning |}.
 */
final class PrivacyTable {

  /** The readers a row can name; {@code EVERYONE} is every participant, the office and the supervisors. */
  enum Reader { EVERYONE, OWNER, SECRETARY, OFFICE, SUPERVISORS, APPROVED }

  record Row(String process, String variable, Set<Reader> readers) {

    boolean covers(String processKey, String name) {
      boolean processMatches = process.equals("*") || process.equals(processKey);
      boolean nameMatches = variable.endsWith("*") ? name.startsWith(variable.substring(0, variable.length() - 1))
          : variable.equals(name);
      return processMatches && nameMatches;
    }
  }

  static final String HEADER = "| process | variables | readers | what it holds |";

  private final List<Row> rows;

  private PrivacyTable(List<Row> rows) {
    this.rows = rows;
  }

  static PrivacyTable read(Path markdown) throws IOException {
    List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
    int header = lines.indexOf(HEADER);
    if (header < 0) {
      throw new IllegalStateException(markdown + " has no table starting with " + HEADER);
    }
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(header + 2, lines.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      String[] cells = line.split("\\|");
      String process = cells[1].trim().replace("`", "");
      Set<Reader> readers = readers(cells[3], line);
      for (String variable : cells[2].split(",")) {
        rows.add(new Row(process, variable.trim().replace("`", ""), readers));
      }
    }
    return new PrivacyTable(rows);
  }

  private static Set<Reader> readers(String cell, String line) {
    Set<Reader> readers = EnumSet.noneOf(Reader.class);
    for (String reader : cell.split(",")) {
      switch (reader.trim()) {
        case "everyone" -> readers.add(Reader.EVERYONE);
        case "owner" -> readers.add(Reader.OWNER);
        case "secretary" -> readers.add(Reader.SECRETARY);
        case "office" -> readers.add(Reader.OFFICE);
        case "supervisors" -> readers.add(Reader.SUPERVISORS);
        case "members once approved" -> readers.add(Reader.APPROVED);
        default -> throw new IllegalStateException("Unknown reader '" + reader.trim() + "' in: " + line);
      }
    }
    return readers;
  }

  /** The most specific row: a named process before {@code *}, an exact name before a prefix. */
  Optional<Row> row(String processKey, String name) {
    return rows.stream().filter(row -> row.covers(processKey, name))
        .min((a, b) -> Integer.compare(rank(a), rank(b)));
  }

  private static int rank(Row row) {
    return (row.process().equals("*") ? 2 : 0) + (row.variable().endsWith("*") ? 1 : 0);
  }

  List<Row> rows() {
    return rows;
  }
}
