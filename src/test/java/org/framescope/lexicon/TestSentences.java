package org.framescope.lexicon;

import org.framescope.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framescope.model.NlpSentence;
import org.framescope.model.Token;

/** Hand-built sentences and lexicon files for tests (no CoreNLP). */
public final class TestSentences {
  private TestSentences() { }

  /** A sentence starting at body offset {@code offset}; words split on white space and punctuation. */
  public static NlpSentence at(int offset, String text) {
    String body = " ".repeat(offset) + text;
    return Tokenizer.sentence(0, body, offset, body.length());
  }

  public static NlpSentence of(String text) {
    return at(0, text);
  }

  /**
   * A sentence from "word/TAG" or "word/TAG/lemma" items separated by single spaces; the tag and lemma
   * are optional ("word" alone gets no tag and its lower-cased form as lemma).
   */
  public static NlpSentence tagged(String spec) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String item : spec.split(" ")) {
      String[] p = item.split("/", -1);
      if (text.length() > 0) {
        text.append(' ');
      }
      int b = text.length();
      text.append(p[0]);
      String pos = p.length > 1 ? p[1] : "";
      String lemma = p.length > 2 ? p[2] : p[0].toLowerCase(java.util.Locale.ROOT);
      tokens.add(new Token(tokens.size(), b, text.length(), p[0], lemma, pos, "O"));
    }
    return new NlpSentence(0, 0, text.length(), text.toString(), tokens, List.of());
  }

  /** Writes a lexicon file (lines joined with \n) into {@code dir} and returns its path. */
  static Path write(Path dir, String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n");
    return p;
  }

  /** The standard header of a lexicon file with the given name, categories and columns. */
  static List<String> header(String name, String columns, String... categories) {
    List<String> h = new ArrayList<>(List.of("#! name: " + name, "#! version: 1.0.0",
        "#! licence: CC-BY-4.0 (framescope authors)", "#! description: test fixture"));
    for (String c : categories) {
      h.add("#! category " + c + ": definition of " + c);
    }
    h.add("#! match: lemma or word");
    h.add("#! columns: " + columns);
    return h;
  }

  static Path lexicon(Path dir, String file, String name, String columns, List<String> categories,
                      String... rows) throws IOException {
    List<String> lines = header(name, columns, categories.toArray(new String[0]));
    lines.addAll(List.of(rows));
    return write(dir, file, lines.toArray(new String[0]));
  }
}
