package org.framescope.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Whitespace} against the regular expressions it replaces, on random strings of spaces and others. */
class WhitespaceTest {
  private static final char[] CHARS = {' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2028', '\u0085',
      '\u3000', 'a', 'b', '.', '\u00E9'};

  @Test
  void sameAsTheRegularExpressions() {
    SplittableRandom r = new SplittableRandom(5L);
    for (int trial = 0; trial < 200_000; trial++) {
      char[] c = new char[r.nextInt(0, 12)];
      for (int i = 0; i < c.length; i++) {
        c[i] = CHARS[r.nextInt(CHARS.length)];
      }
      String s = new String(c);
      assertEquals(s.replaceAll("\\s+", " "), Whitespace.collapse(s), () -> "[" + s + "]");
      assertEquals(s.replaceAll("[\\s&&[^\\n]]+", " "), Whitespace.collapseInLine(s), () -> "[" + s + "]");
    }
    String plain = "no runs here";
    assertEquals(plain, Whitespace.collapse(plain));
  }
}
