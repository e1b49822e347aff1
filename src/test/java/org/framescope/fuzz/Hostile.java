package org.framescope.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Generators of hostile inputs for the fuzz suite: HTML pages, text dumps, JSON records and JSONL feeds built from
 * news-like sentences (with quotes and reporting verbs, so voice and attribution run) salted with what breaks
 * parsers: control characters, zero-width and bidirectional marks, mixed scripts and right-to-left text, deep
 * nesting, huge attributes, wrong JSON types, truncation at any byte and byte-level mutation. In: a seeded
 * {@link Random}. Out: a {@link Trials.Input} whose file name carries the kind's extension. {@code maxChars} bounds
 * the text so pipeline runs stay quick; structure (nesting, attributes) is not bounded by it.
 */
final class Hostile {
  private Hostile() { }

  private static final String[] WORDS = {"the", "minister", "said", "port", "workers", "strike", "talks", "union",
      "government", "regime", "troops", "advanced", "claimed", "officials", "ships", "grain", "sanctions", "Kyiv",
      "Moscow", "Odesa", "on", "Monday", "according", "to", "allegedly", "so-called", "terrorists", "protesters",
      "reportedly", "denied", "vowed", "harbour", "election", "occupied", "liberated", "a", "of", "in", "and"};
  private static final String[] VERBS = {"said", "claimed", "insisted", "told reporters", "admitted", "warned"};
  private static final String[] SPEAKERS = {"the minister", "a union spokesman", "Olena Kovalenko", "officials",
      "the Kremlin", "John Smith, the harbour master"};
  /** Pieces of text that break naive code: scripts, directions, invisible and control characters. */
  private static final String[] SALT = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u202e", "\u202d", "\u200f",
      "\u2066", "\u0000", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u2029", "\r", "\t",
      "\u00ad", "Ки\u0301ев", "\u0627\u0644\u0645\u064a\u0646\u0627\u0621", "\u05e9\u05dc\u05d5\u05dd",
      "\u6e2f\u53e3\u7f62\u5de5", "\ud83d\udea2", "\ud83c\uddfa\ud83c\udde6", "e\u0301", "\ufffd", "\u00a0",
      "\u3000", "\"", "\u201c", "\u201d", "\u00ab", "\u00bb", "'", "&", "<", ">", "\\", "%s", "${x}", "=cmd|'/C'!A0",
      "...", "\u2026", "\u2014", " - ", ",", ";", ":", "!", "?", "(", ")", "[1]", "\n", "\n\n"};

  /** One input of a random kind. */
  static Trials.Input any(Random r, int maxChars) {
    return switch (r.nextInt(5)) {
      case 0 -> html(r, maxChars);
      case 1 -> text(r, maxChars);
      case 2 -> json(r, maxChars);
      case 3 -> jsonl(r, maxChars);
      default -> mutate(r, any(r, maxChars));
    };
  }

  /** A sentence: plain, quoted speech with attribution, or salted. */
  static String sentence(Random r) {
    StringBuilder s = new StringBuilder();
    int n = 3 + r.nextInt(r.nextInt(10) == 0 ? 60 : 18);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        s.append(r.nextInt(12) == 0 ? ", " : " ");
      }
      s.append(r.nextInt(9) == 0 ? SALT[r.nextInt(SALT.length)] : WORDS[r.nextInt(WORDS.length)]);
    }
    String body = Character.toUpperCase(s.charAt(0)) + s.substring(1);
    return switch (r.nextInt(4)) {
      case 0 -> "\u201c" + body + ",\u201d " + SPEAKERS[r.nextInt(SPEAKERS.length)] + " " + VERBS[r.nextInt(VERBS.length)] + ".";
      case 1 -> SPEAKERS[r.nextInt(SPEAKERS.length)] + " " + VERBS[r.nextInt(VERBS.length)] + " that " + s + ".";
      default -> body + (r.nextInt(8) == 0 ? "" : ".");
    };
  }

  /** Paragraphs of sentences, at most {@code maxChars}. */
  static String prose(Random r, int maxChars) {
    StringBuilder b = new StringBuilder();
    int paragraphs = 1 + r.nextInt(6);
    for (int p = 0; p < paragraphs && b.length() < maxChars; p++) {
      int sentences = 1 + r.nextInt(5);
      for (int i = 0; i < sentences && b.length() < maxChars; i++) {
        b.append(i > 0 ? " " : "").append(sentence(r));
      }
      b.append(r.nextInt(6) == 0 ? "\n" : "\n\n");
    }
    return b.length() > maxChars ? b.substring(0, maxChars) : b.toString();
  }

  static Trials.Input text(Random r, int maxChars) {
    String t = (r.nextBoolean() ? "Port strike " + WORDS[r.nextInt(WORDS.length)] + "\n\n" : "") + prose(r, maxChars);
    return input("t.txt", t, "text dump");
  }

  private static final String[] BLOCKS = {"p", "div", "article", "section", "span", "li", "td", "blockquote", "h2",
      "nav", "aside", "footer", "header", "figure", "figcaption", "b", "i", "a", "font", "table", "ul", "main"};

  static Trials.Input html(Random r, int maxChars) {
    StringBuilder h = new StringBuilder();
    if (r.nextInt(4) > 0) {
      h.append("<!DOCTYPE html>");
    }
    h.append("<html><head>");
    if (r.nextBoolean()) {
      h.append("<title>").append(escape(sentence(r))).append("</title>");
    }
    if (r.nextBoolean()) {
      h.append("<meta property=\"og:site_name\" content=\"").append(escape(WORDS[r.nextInt(WORDS.length)])).append("\">");
      h.append("<meta property=\"article:published_time\" content=\"").append(r.nextBoolean() ? "2024-03-0"
          + (1 + r.nextInt(9)) : SALT[r.nextInt(SALT.length)]).append("\">");
    }
    if (r.nextInt(4) == 0) {
      h.append("<script>var x = \"</p><p>not text</p>\";</script><style>p{color:red}</style>");
    }
    h.append("</head><body");
    if (r.nextInt(5) == 0) {
      // a huge attribute
      h.append(" data-x=\"").append("A\u200bb ".repeat(20_000 + r.nextInt(20_000))).append('"');
    }
    h.append('>');
    String text = prose(r, maxChars);
    int depth = r.nextInt(8) == 0 ? 200 + r.nextInt(1500) : r.nextInt(6);
    StringBuilder close = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      String tag = BLOCKS[r.nextInt(BLOCKS.length)];
      h.append('<').append(tag).append(r.nextInt(5) == 0 ? " class=\"nav menu\"" : "").append('>');
      if (r.nextInt(3) > 0) {
        close.insert(0, "</" + tag + ">");
      }
    }
    for (String para : text.split("\n\n")) {
      switch (r.nextInt(6)) {
        case 0 -> h.append(escape(para)); // text straight in a container
        case 1 -> h.append("<p>").append(escape(para)); // unclosed
        case 2 -> h.append("<p>").append(escape(para).replace(" ", " <a href=\"/x\">")).append("</p>"); // broken links
        case 3 -> h.append("<!-- ").append(para).append(" --><p>").append(escape(para)).append("</p>");
        default -> h.append("<p>").append(escape(para)).append("</p>");
      }
      if (r.nextInt(10) == 0) {
        h.append("&#x202E;&amp;&nbsp;&#0;&#xD800;&bogus;&#99999999;");
      }
    }
    h.append(close);
    if (r.nextBoolean()) {
      h.append("</body></html>");
    }
    return input("p.html", h.toString(), "HTML page, nesting " + depth);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** One JSON record (or an array, or something that is not a record), with fields of random types. */
  static Trials.Input json(Random r, int maxChars) {
    String v = switch (r.nextInt(8)) {
      case 0 -> "[" + record(r, maxChars / 3) + "," + record(r, maxChars / 3) + "]";
      case 1 -> "[]";
      case 2 -> "[".repeat(1 + r.nextInt(3000)) + "]".repeat(r.nextInt(3000));
      case 3 -> "{\"text\":" + "{\"a\":".repeat(1 + r.nextInt(2000)) + "1" + "}".repeat(r.nextInt(2001)) + "}";
      default -> record(r, maxChars);
    };
    return input("r.json", v, "JSON");
  }

  /** A JSONL feed: records (ids often colliding), blank lines, broken lines. */
  static Trials.Input jsonl(Random r, int maxChars) {
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(8)) {
        case 0 -> b.append('\n');
        case 1 -> {
          String rec = record(r, maxChars / n);
          b.append(rec, 0, 1 + r.nextInt(rec.length() - 1)).append('\n'); // a line cut short
        }
        default -> b.append(record(r, maxChars / n)).append(r.nextInt(10) == 0 ? "\r\n" : "\n");
      }
    }
    return input("f.jsonl", b.toString(), "JSONL feed of " + n);
  }

  private static String record(Random r, int maxChars) {
    StringBuilder b = new StringBuilder("{");
    b.append("\"id\":").append(r.nextInt(4) == 0 ? String.valueOf(r.nextInt(3)) : "\"" + (1 + r.nextInt(3)) + "\"");
    if (r.nextInt(4) > 0) {
      b.append(",\"title\":").append(quote(sentence(r)));
    }
    if (r.nextInt(3) > 0) {
      b.append(",\"outlet\":").append(r.nextInt(6) == 0 ? "42" : quote(WORDS[r.nextInt(WORDS.length)]));
    }
    if (r.nextBoolean()) {
      b.append(",\"date\":").append(quote(r.nextBoolean() ? "2024-02-30" : "2023-11-0" + (1 + r.nextInt(9))));
    }
    switch (r.nextInt(7)) {
      case 0 -> b.append(",\"html\":").append(quote(new String(html(r, maxChars).bytes(), StandardCharsets.UTF_8)));
      case 1 -> b.append(",\"text\":[").append(quote(prose(r, maxChars))).append(']');
      case 2 -> b.append(",\"text\":null");
      case 3 -> { } // no text at all
      default -> b.append(",\"text\":").append(quote(prose(r, maxChars)));
    }
    if (r.nextInt(8) == 0) {
      b.append(",\"extra\":{\"nested\":[1,2,{\"x\":\"").append("y".repeat(r.nextInt(1000))).append("\"}]}");
    }
    return b.append('}').toString();
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** The input cut, salted or with bytes changed: truncation at any byte, inserted junk, a repeated slice. */
  static Trials.Input mutate(Random r, Trials.Input in) {
    byte[] b = in.bytes();
    if (b.length == 0) {
      return in;
    }
    String what;
    switch (r.nextInt(5)) {
      case 0 -> {
        b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
        what = "truncated";
      }
      case 1 -> {
        b = b.clone();
        for (int i = 0; i < 1 + r.nextInt(8); i++) {
          b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        what = "bytes changed";
      }
      case 2 -> {
        int at = r.nextInt(b.length);
        byte[] salt = SALT[r.nextInt(SALT.length)].getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + salt.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(salt, 0, out, at, salt.length);
        System.arraycopy(b, at, out, at + salt.length, b.length - at);
        b = out;
        what = "salted";
      }
      case 3 -> {
        int from = r.nextInt(b.length);
        int len = Math.min(b.length - from, 1 + r.nextInt(200));
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        o.write(b, 0, from + len);
        for (int i = 0; i < 1 + r.nextInt(50); i++) {
          o.write(b, from, len);
        }
        o.write(b, from + len, b.length - from - len);
        b = o.toByteArray();
        what = "slice repeated";
      }
      default -> {
        b = ("\ufeff" + new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        what = "byte-order mark";
      }
    }
    return new Trials.Input(in.fileName(), b, in.description() + ", " + what);
  }

  private static Trials.Input input(String name, String content, String description) {
    return new Trials.Input(name, content.getBytes(StandardCharsets.UTF_8), description);
  }
}
