package org.framescope.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotation-mark spans in a body text: curly and straight double quotes, guillemets, and curly single
 * quotes used as quotation marks. A quote never runs past its paragraph (a blank line): an unclosed quote ends at
 * the paragraph end and, when the next paragraph opens with a quotation mark, the next quote is flagged as its
 * continuation (news style for multi-paragraph quotes). A second opening mark before a close ends the previous
 * quote there (unbalanced input is cut, never propagated).
 *
 * <p>Input: body text. Output: spans sorted by offset, each including its quotation marks.
 */
final class QuoteFinder {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

  /**
   * One quotation.
   *
   * @param begin offset of the opening mark
   * @param end offset after the closing mark (or paragraph end when unclosed)
   * @param closed whether a closing mark was found
   * @param continued whether it continues an unclosed quote of the previous paragraph
   */
  record Quote(int begin, int end, boolean closed, boolean continued) {}

  private QuoteFinder() {}

  static List<Quote> find(String body) {
    List<Quote> out = new ArrayList<>();
    int start = 0;
    Matcher m = PARAGRAPH_BREAK.matcher(body);
    boolean prevUnclosed = false;
    while (true) {
      boolean found = m.find();
      int end = found ? m.start() : body.length();
      prevUnclosed = paragraph(body, start, end, prevUnclosed, out);
      if (!found) {
        break;
      }
      start = m.end();
    }
    return out;
  }

  private static boolean isOpenCurly(char c) {
    return c == '\u201C' || c == '\u201E' || c == '\u00AB';
  }

  private static boolean isCloseCurly(char c) {
    return c == '\u201D' || c == '\u00BB';
  }

  /** Scans one paragraph; returns whether it ended inside an unclosed double quote. */
  private static boolean paragraph(String body, int from, int to, boolean prevUnclosed, List<Quote> out) {
    int open = -1;
    char kind = 0; // 'c' curly/guillemet, 's' straight, 'q' single curly
    boolean openContinued = false;
    int firstNonSpace = from;
    while (firstNonSpace < to && Character.isWhitespace(body.charAt(firstNonSpace))) {
      firstNonSpace++;
    }
    for (int p = from; p < to; p++) {
      char c = body.charAt(p);
      char prev = p > from ? body.charAt(p - 1) : ' ';
      char next = p + 1 < to ? body.charAt(p + 1) : ' ';
      boolean continues = prevUnclosed && p == firstNonSpace;
      if (isOpenCurly(c)) {
        if (open >= 0 && kind == 'q') {
          continue;
        }
        if (open >= 0) {
          out.add(new Quote(open, trimEnd(body, open, p), false, openContinued));
        }
        open = p;
        kind = 'c';
        openContinued = continues;
      } else if (isCloseCurly(c)) {
        if (open >= 0 && kind != 'q') { // mixed marks (“...") are common in scraped text
          out.add(new Quote(open, p + 1, true, openContinued));
          open = -1;
        }
      } else if (c == '"' || (c == '\'' || c == '`') && next == c) {
        // '' and `` (two apostrophes or backticks, as in some newspaper archives) are double quotation marks
        int width = c == '"' ? 1 : 2;
        if (width == 2) {
          next = p + 2 < to ? body.charAt(p + 2) : ' ';
        }
        boolean opening = (Character.isWhitespace(prev) || OPENERS.indexOf(prev) >= 0 || p == from)
            && !Character.isWhitespace(next);
        boolean closing = !Character.isWhitespace(prev) && p != from && OPENERS.indexOf(prev) < 0;
        if (open < 0) {
          if (opening || !closing) {
            open = p;
            kind = 's';
            openContinued = continues;
          }
        } else if (kind == 'c') {
          if (closing) {
            out.add(new Quote(open, p + width, true, openContinued));
            open = -1;
          }
        } else if (kind == 's') {
          if (opening && !closing) {
            out.add(new Quote(open, trimEnd(body, open, p), false, openContinued));
            open = p;
            openContinued = false;
          } else {
            out.add(new Quote(open, p + width, true, openContinued));
            open = -1;
          }
        }
        p += width - 1;
      } else if (c == '\u2018') {
        if (open < 0 && (Character.isWhitespace(prev) || p == from || OPENERS.indexOf(prev) >= 0)
            && Character.isLetterOrDigit(next)) {
          open = p;
          kind = 'q';
          openContinued = false;
        }
      } else if (c == '\u2019') {
        if (open >= 0 && kind == 'q' && !Character.isLetter(next)) {
          out.add(new Quote(open, p + 1, true, false));
          open = -1;
        }
      }
    }
    if (open >= 0 && kind != 'q') {
      int e = trimEnd(body, open, to);
      if (e > open + 1) {
        out.add(new Quote(open, e, false, openContinued));
      }
      return true;
    }
    return false;
  }

  private static final String OPENERS = "([{\u2014\u2013-/";

  private static int trimEnd(String body, int from, int to) {
    int e = to;
    while (e > from + 1 && Character.isWhitespace(body.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
