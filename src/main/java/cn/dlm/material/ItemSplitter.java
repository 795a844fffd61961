package cn.dlm.material;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the paragraphs of one part (or of one area) into items. The kind of the first marker met is
 * the item level: a "（一）" block that holds "一是…" sub-items stays one item, and so does a "1." line
 * with "一是" inside ("具体表现为：一是……"). "一是" and "第一，" markers also count inside a paragraph. A marker of that kind counts only if it continues the numbering (or restarts
 * it at one), so a stray "五是" or a line starting "5、6月份" stays text. Paragraphs without a marker
 * belong to the item before them; those before the first item are an introduction and are dropped.
 */
final class ItemSplitter {

  /** What a part without any item marker becomes. */
  enum WithoutMarkers {
    /** One item: an area heading followed by a paragraph with no "一是". */
    ONE_ITEM,
    /** Each paragraph is an item, except introductions ending in a colon. */
    EACH_PARAGRAPH,
    NOTHING
  }

  private static final Pattern DATE_LINE =
      Pattern.compile("[0-9〇零一二三四五六七八九]{4}\\s*年\\s*[0-9一二三四五六七八九十]{1,3}\\s*月(\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)?");

  private ItemSplitter() {}

  static List<String> split(List<Line> lines, WithoutMarkers withoutMarkers) {
    List<Line> content = lines.stream().filter(line -> !line.text().isBlank() && !isDateLine(line)).toList();
    ItemMarker.Kind kind = firstKind(content);
    if (kind == null) {
      return withoutMarkers(content, withoutMarkers);
    }
    Items items = new Items();
    for (Line line : content) {
      if (kind.inline()) {
        splitInline(line, kind, items);
      } else {
        ItemMarker marker = ItemMarker.atStart(line.folded());
        if (marker != null && marker.kind() == kind && items.continues(marker.value(), true)) {
          items.start(line.text().substring(marker.end()));
        } else {
          items.continueWith(line.text(), true);
        }
      }
    }
    return items.texts();
  }

  private static void splitInline(Line line, ItemMarker.Kind kind, Items items) {
    int pieceStart = 0;
    boolean newParagraph = true;
    for (ItemMarker marker : ItemMarker.inline(line.folded(), kind)) {
      if (!items.continues(marker.value(), marker.start() == 0)) {
        continue;
      }
      items.continueWith(line.text().substring(pieceStart, marker.start()), newParagraph);
      items.start("");
      pieceStart = marker.end();
      newParagraph = false;
    }
    items.continueWith(line.text().substring(pieceStart), newParagraph);
  }

  private static ItemMarker.Kind firstKind(List<Line> lines) {
    for (Line line : lines) {
      ItemMarker marker = ItemMarker.atStart(line.folded());
      if (marker != null) {
        return marker.kind();
      }
      for (ItemMarker.Kind inline : List.of(ItemMarker.Kind.ORDINAL, ItemMarker.Kind.SEQUENCE)) {
        if (ItemMarker.inline(line.folded(), inline).stream().anyMatch(found -> found.value() == 1)) {
          return inline;
        }
      }
    }
    return null;
  }

  private static List<String> withoutMarkers(List<Line> lines, WithoutMarkers rule) {
    return switch (rule) {
      case ONE_ITEM -> lines.isEmpty() ? List.of()
          : List.of(String.join("\n", lines.stream().map(line -> line.text().strip()).toList()));
      case EACH_PARAGRAPH -> lines.stream().map(line -> line.text().strip()).filter(text -> !endsWithColon(text)).toList();
      case NOTHING -> List.of();
    };
  }

  private static boolean endsWithColon(String text) {
    char last = text.charAt(text.length() - 1);
    return last == ':' || last == '：';
  }

  private static boolean isDateLine(Line line) {
    return line.text().length() <= 20 && DATE_LINE.matcher(line.text()).matches();
  }

  /** The items being collected, and the numbering they follow. */
  private static final class Items {
    private final List<StringBuilder> texts = new ArrayList<>();
    private int lastValue;

    boolean continues(int value, boolean atLineStart) {
      boolean continues = value == 1 || value == lastValue + 1 || (lastValue == 0 && atLineStart);
      if (continues) {
        lastValue = value;
      }
      return continues;
    }

    void start(String text) {
      texts.add(new StringBuilder(text));
    }

    void continueWith(String text, boolean newParagraph) {
      String piece = text.strip();
      if (texts.isEmpty() || piece.isEmpty()) {
        return;
      }
      StringBuilder current = texts.get(texts.size() - 1);
      if (newParagraph && current.length() > 0) {
        current.append('\n');
      }
      current.append(piece);
    }

    List<String> texts() {
      return texts.stream().map(text -> text.toString().strip()).filter(text -> !text.isEmpty()).toList();
    }
  }
}
