package org.framescope.voice;

import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import org.framescope.model.Dependency;
import org.framescope.model.InputException;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.Token;

/**
 * Builds small hand-made sentences ("word/POS/NER/lemma" items separated by spaces; lemma = lower-cased word when
 * left out), one-sentence documents of them, and their {@link DocView} with the shipped lexicons.
 */
final class Fixtures {
  private static ActorRegistry actors;
  private static VoiceWords words;
  private static ReportingVerbs verbs;

  private Fixtures() {}

  /** The shipped lexicons ({@code lexicons/}), read once. */
  private static synchronized void load() {
    if (actors == null) {
      try {
        actors = ActorRegistry.fromLexicons(Path.of("lexicons"));
        words = VoiceWords.fromLexicons(Path.of("lexicons"));
        verbs = ReportingVerbs.fromLexicons(Path.of("lexicons"));
      } catch (InputException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
  }

  static ActorRegistry actors() {
    load();
    return actors;
  }

  static VoiceWords words() {
    load();
    return words;
  }

  static ReportingVerbs verbs() {
    load();
    return verbs;
  }

  /** A document of one hand-made sentence, annotated as the full profile annotates. */
  static NlpDocument doc(NlpSentence s) {
    return new NlpDocument(s.text(), List.of(s), List.of("tokenize", "pos", "depparse"));
  }

  /** The document view of one hand-made sentence with the shipped lexicons. */
  static DocView view(NlpSentence s) {
    return new DocView(doc(s), actors(), words());
  }

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
