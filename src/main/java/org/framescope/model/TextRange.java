package org.framescope.model;

/**
 * A stretch of text by character offsets, {@code [begin, end)}.
 *
 * @param begin first character
 * @param end character after the last
 */
public record TextRange(int begin, int end) {
  public TextRange {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad text range: begin=" + begin + " end=" + end);
    }
  }

  /** Whether the two ranges share at least one character. */
  public boolean overlaps(TextRange o) {
    return begin < o.end && o.begin < end;
  }

  /** Number of characters. */
  public int length() {
    return end - begin;
  }
}
