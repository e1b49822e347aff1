package org.framescope.voice;

import java.util.ArrayList;
import java.util.List;
import org.framescope.model.Dependency;
import org.framescope.model.NlpSentence;
import org.framescope.model.Token;

/** Builds small hand-made sentences: "word/POS/NER" items separated by spaces (lemma = lower-cased word). */
final class Fixtures {
  private Fixtures() {}

  static NlpSentence sentence(String spec, Dependency... deps) {
    List<Token> toks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String[] items = spec.trim().split(" ");
    for (int i = 0; i < items.length; i++) {
      String[] f = items[i].split("/");
      String word = f[0];
      String pos = f.length > 1 ? f[1] : "NN";
      String ner = f.length > 2 ? f[2] : "O";
      String lemma = f.length > 3 ? f[3] : word.toLowerCase(java.util.Locale.ROOT);
      if (text.length() > 0) {
        text.append(' ');
      }
      int b = text.length();
      text.append(word);
      toks.add(new Token(i, b, text.length(), word, lemma, pos, ner));
    }
    return new NlpSentence(0, 0, text.length(), text.toString(), toks, List.of(deps));
  }
}
