package org.framescope.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotation-mark spans in a body text: curly and straight double quotes, guillemets, and curly single
 * quotes used as quotation marks. A quote never runs past its paragraph (a blank line): an unclosed quote ends at
 * the paragraph end and, when the next paragraph opens with a quotation mark, the next quote is flagged as its
 * continuation (news style for multi-paragraph quotes). A second opening mark before a close ends the previous
 * quote there (unbalanced input is cut, never propagated), unless two closing marks follow it before the next
 * opening mark in the paragraph: then it opens a quotation nested in the first (“I told him “no way” and left.”). A closing curly mark that opens a line where no quote
 * is open opens one (scraped pages often have the wrong curly mark there).
 *
 * <p><b>Transcripts.</b> Where at least two paragraphs of the body begin with a speaker label ({@code WALLACE:},
 * {@code "PENCE: ...}, {@code Chris Matthews: ...}), a quotation that opens such a paragraph begins after the label:
 * the label is the attribution ("PENCE" said, cue ":"), the rest is what was said. A label is one to four words in
 * capitals, or two to four capitalised words, at most {@value #LABEL_MAX} characters, followed by a colon and a
 * space, in a paragraph that ends as a sentence does (a heading "Western Sanctions: Strengthening the Bond" is no
 * turn), and not a heading word ({@code UPDATE:}, {@code VIDEO:}: the caller's predicate, the voice-word list
 * {@code heading-label}).
 *
 * <p>Input: body text. Output: spans sorted by offset, each including its quotation marks (after a transcript
 * label: from the first character after it).
 */
final class QuoteFinder {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");
  /** Longest speaker label, in characters. */
  static final int LABEL_MAX = 40;
  private static final Pattern CAPS_LABEL = Pattern.compile(
      "\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]*){0,3}");
  private static final Pattern NAME_LABEL = Pattern.compile(
      "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3}");
  private static final Pattern LABEL_AT = Pattern.compile("([\"“«]?)([^:\\n]{1," + LABEL_MAX + "}):[ \\t]+\\S");

  /**
   * One quotation.
   *
   * @param begin offset of the opening mark
   * @param end offset after the closing mark (or paragraph end when unclosed)
   * @param closed whether a closing mark was found
   * @param continued whether it continues an unclosed quote of the previous paragraph
   * @param label offset of the transcript speaker label before it ({@code PENCE} of {@code "PENCE: ...}), or -1
   */
  record Quote(int begin, int end, boolean closed, boolean continued, int label) {
    Quote(int begin, int end, boolean closed, boolean continued) {
      this(begin, end, closed, continued, -1);
    }
  }

  private QuoteFinder() {}

  /** The quotes of a body whose heading labels are unknown (every label shape counts as a speaker). */
  static List<Quote> find(String body) {
    return find(body, w -> false);
  }

  /**
   * The quotes of a body.
   *
   * @param heading whether a lower-cased label is a heading, not a speaker ("update", "video")
   */
  static List<Quote> find(String body, Predicate<String> heading) {
    return find(body, turns(body, heading));
  }

  /** The quotes of a body whose transcript turns ({@link #turns}) are known. */
  static List<Quote> find(String body, List<Turn> turns) {
    java.util.Map<Integer, Turn> turnAt = new java.util.HashMap<>();
    for (Turn t : turns) {
      turnAt.put(t.paragraph(), t);
    }
    List<Quote> out = new ArrayList<>();
    boolean prevUnclosed = false;
    for (int[] par : paragraphs(body)) {
      prevUnclosed = paragraph(body, par[0], par[1], prevUnclosed, turnAt.get(par[0]), out);
    }
    return out;
  }

  /**
   * A turn of a transcript: a paragraph that begins with a speaker label.
   *
   * @param paragraph offset where the paragraph begins
   * @param label offset of the label (after an opening quotation mark, if any)
   * @param colon offset of the colon after the label
   * @param text offset of the first character after the colon and its spaces
   * @param end offset where the paragraph ends
   */
  record Turn(int paragraph, int label, int colon, int text, int end) {}

  /** The transcript turns of a body: its labelled paragraphs when there are at least two, else none. */
  static List<Turn> turns(String body, Predicate<String> heading) {
    List<Turn> out = new ArrayList<>();
    for (int[] par : paragraphs(body)) {
      Turn t = turnAt(body, par[0], par[1], heading);
      if (t != null) {
        out.add(t);
      }
    }
    return out.size() >= 2 ? List.copyOf(out) : List.of();
  }

  /** The paragraph {@code [from, to)} as a turn when it begins with a speaker label, else null. */
  static Turn turnAt(String body, int from, int to, Predicate<String> heading) {
    int b = from;
    while (b < to && Character.isWhitespace(body.charAt(b))) {
      b++;
    }
    Matcher m = LABEL_AT.matcher(body).region(b, to);
    if (!m.lookingAt()) {
      return null;
    }
    String label = m.group(2);
    if (!(CAPS_LABEL.matcher(label).matches() || NAME_LABEL.matcher(label).matches())
        || heading.test(label.toLowerCase(Locale.ROOT)) || !endsAsSentence(body, from, to)) {
      return null;
    }
    return new Turn(from, m.start(2), m.end(2), m.end() - 1, to);
  }

  /**
   * Whether the paragraph ends with a full stop, question or exclamation mark (closing marks after it allowed):
   * a turn is speech, a heading such as "Western Sanctions: Strengthening Iran-Russia Bond" is not.
   */
  private static boolean endsAsSentence(String body, int from, int to) {
    int e = to - 1;
    while (e >= from && (Character.isWhitespace(body.charAt(e)) || "\"”’')]".indexOf(body.charAt(e)) >= 0)) {
      e--;
    }
    return e >= from && ".!?…".indexOf(body.charAt(e)) >= 0;
  }

  /** The paragraphs of a body as {begin, end} offsets (blank lines between them). */
  private static List<int[]> paragraphs(String body) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    Matcher m = PARAGRAPH_BREAK.matcher(body);
    while (true) {
      boolean found = m.find();
      out.add(new int[] {start, found ? m.start() : body.length()});
      if (!found) {
        return out;
      }
      start = m.end();
    }
  }

  private static boolean isOpenCurly(char c) {
    return c == '\u201C' || c == '\u201E' || c == '\u00AB';
  }

  private static boolean isCloseCurly(char c) {
    return c == '\u201D' || c == '\u00BB';
  }

  /**
   * Scans one paragraph; returns whether it ended inside an unclosed double quote. {@code turn}: the paragraph as
   * a transcript turn, or null; a quotation mark opening the paragraph before its label opens the quote after the
   * label instead.
   */
  private static boolean paragraph(String body, int from, int to, boolean prevUnclosed, Turn turn,
                                   List<Quote> out) {
    int open = -1;
    char kind = 0; // 'c' curly/guillemet, 's' straight, 'q' single curly
    boolean openContinued = false;
    int firstNonSpace = from;
    while (firstNonSpace < to && Character.isWhitespace(body.charAt(firstNonSpace))) {
      firstNonSpace++;
    }
    int p0 = from;
    int label = -1;
    int afterLabel = -1;
    if (turn != null) {
      char c = body.charAt(firstNonSpace);
      if (c == '"' || isOpenCurly(c)) {
        afterLabel = turn.text();
        open = afterLabel;
        kind = c == '"' ? 's' : 'c';
        p0 = afterLabel;
        label = turn.label();
      }
    }
    for (int p = p0; p < to; p++) {
      char c = body.charAt(p);
      char prev = p > from ? body.charAt(p - 1) : ' ';
      char next = p + 1 < to ? body.charAt(p + 1) : ' ';
      boolean continues = prevUnclosed && p == firstNonSpace;
      if (c == '\u201D' && open < 0 && (p == from || prev == '\n') && Character.isLetterOrDigit(next)) {
        open = p; // a closing curly mark opening a line: a mistyped opening mark
        kind = 'c';
        openContinued = continues;
      } else if (isOpenCurly(c)) {
        if (open >= 0 && kind == 'q') {
          continue;
        }
        if (open >= 0 && kind == 'c') {
          int inner = nestedClose(body, p + 1, to);
          if (inner >= 0) {
            p = inner; // “I told him “no way” and left.”: a quotation inside the open one, which stays open
            continue;
          }
        }
        if (open >= 0) {
          emit(out, quote(open, trimEnd(body, open, p), false, openContinued, afterLabel, label));
        }
        open = p;
        kind = 'c';
        openContinued = continues;
      } else if (isCloseCurly(c)) {
        if (open >= 0 && kind != 'q') { // mixed marks (“...") are common in scraped text
          emit(out, quote(open, p + 1, true, openContinued, afterLabel, label));
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
            emit(out, quote(open, p + width, true, openContinued, afterLabel, label));
            open = -1;
          }
        } else if (kind == 's') {
          if (opening && !closing) {
            emit(out, quote(open, trimEnd(body, open, p), false, openContinued, afterLabel, label));
            open = p;
            openContinued = false;
          } else {
            emit(out, quote(open, p + width, true, openContinued, afterLabel, label));
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
          emit(out, quote(open, p + 1, true, false, afterLabel, label));
          open = -1;
        }
      }
    }
    if (open >= 0 && kind != 'q') {
      int e = trimEnd(body, open, to);
      if (e > open + 1) {
        emit(out, quote(open, e, false, openContinued, afterLabel, label));
      }
      return true;
    }
    return false;
  }

  /**
   * The closing mark of a quotation nested in an open curly one, when the mark at {@code from - 1} opens one: the
   * first closing curly mark after it, provided a second closing mark (the outer quotation's) follows before the
   * next opening mark and the paragraph's end. Otherwise -1: the opening mark then cuts the open quotation.
   */
  private static int nestedClose(String body, int from, int to) {
    int first = -1;
    for (int p = from; p < to; p++) {
      char c = body.charAt(p);
      if (isOpenCurly(c)) {
        return -1;
      }
      if (isCloseCurly(c)) {
        if (first >= 0) {
          return first;
        }
        first = p;
      }
    }
    return -1;
  }

  /** Adds a quote that holds at least one character (a quote opened after a label may be cut at once). */
  private static void emit(List<Quote> out, Quote q) {
    if (q.end() > q.begin()) {
      out.add(q);
    }
  }

  /** The quote, marked as following the paragraph's speaker label when it begins where the label's text does. */
  private static Quote quote(int begin, int end, boolean closed, boolean continued, int afterLabel, int label) {
    return new Quote(begin, end, closed, continued, label >= 0 && begin == afterLabel ? label : -1);
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
