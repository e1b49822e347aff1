package org.framescope.clean;

import java.util.Objects;

/**
 * A unit of page text before classification: one line of a text dump, or one block-level element of an
 * HTML page.
 *
 * @param text the block text, whitespace-normalised
 * @param line 1-based source line where a text-dump block starts (for error messages); 0 for HTML blocks
 * @param hint a removal reason suggested by the page structure (HTML class/id/tag), or null
 * @param heading true when markup says it is a heading (h1-h6)
 * @param listItem true for list items ("- " / "• " lines, &lt;li&gt;)
 * @param linkDensity share of the text inside links (0 for text dumps)
 */
public record Block(String text, int line, String hint, boolean heading, boolean listItem, double linkDensity) {
  public Block {
    Objects.requireNonNull(text, "text");
    if (hint != null && !org.framescope.model.RemovedBlock.REASONS.contains(hint)) {
      throw new IllegalArgumentException("unknown hint: " + hint);
    }
  }

  public Block withText(String t) {
    return new Block(t, line, hint, heading, listItem, linkDensity);
  }

  public Block withHint(String h) {
    return new Block(text, line, h, heading, listItem, linkDensity);
  }

  /**
   * Words of the block: whitespace-separated tokens, or for Chinese and Japanese text (written without
   * spaces) one word per two ideographs or kana, whichever is more.
   */
  public int words() {
    String t = text.strip();
    if (t.isEmpty()) {
      return 0;
    }
    int spaced = 0;
    int cjk = 0;
    boolean inWord = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) {
        inWord = false;
        continue;
      }
      if (!inWord) {
        spaced++;
        inWord = true;
      }
      if (c >= 0x3040) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
            || sc == Character.UnicodeScript.KATAKANA) {
          cjk++;
        }
      }
    }
    return Math.max(spaced, cjk / 2);
  }
}
