package org.framescope.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a text dump into {@link Block}s: one per non-blank line, with its 1-based line number. Lines
 * starting with "- ", "• " or "* " are list items.
 */
public final class TextBlocks {
  private TextBlocks() { }

  public static List<Block> parse(String text) {
    List<Block> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String t = Whitespace.collapseInLine(lines[i].replace('\u00a0', ' ')).strip();
      if (t.isEmpty()) {
        continue;
      }
      boolean li = t.startsWith("- ") || t.startsWith("• ") || t.startsWith("* ");
      out.add(new Block(t, i + 1, null, false, li, 0));
    }
    return out;
  }
}
