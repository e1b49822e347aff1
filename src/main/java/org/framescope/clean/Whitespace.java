package org.framescope.clean;

/**
 * Runs of white space collapsed to one space, without a regular expression: {@code collapse(s)} is
 * {@code s.replaceAll("\\s+", " ")} and {@code collapseInLine(s)} is {@code s.replaceAll("[\\s&&[^\\n]]+", " ")},
 * where {@code \s} is Java's ASCII white space {@code [ \t\n\x0B\f\r]} (checked against the regular expressions
 * in {@code WhitespaceTest}). The cleaner calls these for every block of every page.
 */
final class Whitespace {
  private Whitespace() { }

  /** {@code s.replaceAll("\\s+", " ")}. */
  static String collapse(String s) {
    return collapse(s, false);
  }

  /** {@code s.replaceAll("[\\s&&[^\\n]]+", " ")}: line breaks are kept. */
  static String collapseInLine(String s) {
    return collapse(s, true);
  }

  private static boolean space(char c, boolean keepNewlines) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || (c == '\n' && !keepNewlines);
  }

  private static String collapse(String s, boolean keepNewlines) {
    int n = s.length();
    int i = 0;
    // the common case: nothing to change (single spaces only)
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (space(c, keepNewlines) && (c != ' ' || (i + 1 < n && space(s.charAt(i + 1), keepNewlines)))) {
        break;
      }
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (space(c, keepNewlines)) {
        b.append(' ');
        while (i < n && space(s.charAt(i), keepNewlines)) {
          i++;
        }
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }
}
