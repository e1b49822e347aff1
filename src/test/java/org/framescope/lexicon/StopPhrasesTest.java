package org.framescope.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.framescope.model.InputException;
import org.framescope.model.NlpSentence;
import org.framescope.model.Span;
import org.framescope.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stop phrases (lexicons/stop-phrases.tsv) and hyphenated words as one token. */
class StopPhrasesTest {
  static FramingLexicons lex;

  @BeforeAll
  static void load() throws Exception {
    lex = FramingLexicons.load(Path.of("lexicons"));
  }

  private static Set<String> found(NlpSentence s) {
    return lex.match(s).stream().map(x -> x.category() + ":" + x.text()).collect(Collectors.toSet());
  }

  /** Tokens split at hyphens, as CoreNLP's English tokenizer does ("so-called" gives "so", "-", "called"). */
  static NlpSentence splitAtHyphens(String text) {
    List<Token> tokens = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}']+|[^\\s\\p{L}\\p{N}]").matcher(text);
    while (m.find()) {
      tokens.add(new Token(tokens.size(), m.start(), m.end(), m.group(), m.group().toLowerCase(), "", "O"));
    }
    return new NlpSentence(0, 0, text.length(), text, tokens, List.of());
  }

  @Test
  void theShippedFileLoadsAndIsHashedIntoProvenance() {
    assertTrue(lex.hashes().containsKey(StopPhrases.FILE));
    assertTrue(lex.stopPhrases().phrases().size() >= 10);
  }

  @Test
  void warInColdWarIsNotAFrameCueButWarAloneIs() {
    assertFalse(found(TestSentences.of("Russia, no longer bound by Cold War doctrines, turned to Iran."))
        .contains("frame:security_defense:War"));
    assertTrue(found(TestSentences.of("The war in Ukraine goes on.")).contains("frame:security_defense:war"));
  }

  @Test
  void regimeInRegimeChangeIsNotAGovernmentLabelButTheWholePhraseStaysALabel() {
    List<Span> spans = lex.match(TestSentences.of("Moscow said regime change in Iran is unacceptable."));
    assertTrue(spans.stream().noneMatch(s -> "government-word:regime".equals(s.group())), spans.toString());
    assertTrue(spans.stream().anyMatch(s -> "regime-change:regime-change".equals(s.group())
        && s.text().equals("regime change")), spans.toString());
    assertTrue(lex.match(TestSentences.of("The regime jailed critics.")).stream()
        .anyMatch(s -> "government-word:regime".equals(s.group())));
  }

  @Test
  void hyphenatedEntriesMatchWhenTheTokenizerSplitsHyphens() {
    Set<String> f = found(splitAtHyphens("The so-called referendum followed a full-scale invasion."));
    assertTrue(f.contains("distancing:so-called"), f.toString());
    assertTrue(f.contains("label:full-scale invasion"), f.toString());
  }

  @Test
  void noSpanStartsOrEndsInsideAHyphenatedWord() {
    Set<String> f = found(splitAtHyphens("A Panama-flagged carrier paid war-risk premiums to pro-Russian traders."));
    assertFalse(f.contains("frame:security_defense:war"), f.toString());
    assertFalse(f.stream().anyMatch(x -> x.endsWith(":Panama")), f.toString());
  }

  @Test
  void randomTextNeverGivesAPartialWordSpan() {
    // words that are lexicon entries glued with hyphens and apostrophes to other words, in random order
    List<String> words = List.of("war", "regime", "reckless", "Kiev", "so", "called", "Panama", "flagged", "risk",
        "pro", "Russian", "forces", "military", "operation", "special", "the", "and", "Cold", "War", "invasion");
    Random r = new Random(11);
    for (int n = 0; n < 300; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 12; k++) {
        if (k > 0) {
          sb.append(r.nextInt(4) == 0 ? "-" : " ");
        }
        sb.append(words.get(r.nextInt(words.size())));
      }
      String text = sb.toString();
      for (NlpSentence s : List.of(splitAtHyphens(text), TestSentences.of(text))) {
        for (Span sp : lex.match(s)) {
          boolean startsInside = sp.begin() > 0 && !Character.isWhitespace(text.charAt(sp.begin() - 1));
          boolean endsInside = sp.end() < text.length() && !Character.isWhitespace(text.charAt(sp.end()));
          assertFalse(startsInside || endsInside, "'" + sp.text() + "' cut out of: " + text);
          assertEquals(text.substring(sp.begin(), sp.end()), sp.text());
        }
      }
    }
  }

  @Test
  void badRowsAreRejectedWithFileAndLine(@TempDir Path dir) throws Exception {
    String head = "#! name: stop-phrases\n#! version: 1\n#! licence: x\n#! description: x\n"
        + "#! columns: entry, category, group, note\n";
    Path unknown = dir.resolve("a.tsv");
    java.nio.file.Files.writeString(unknown, head + "Cold War\tnonsense\t\t\n");
    InputException e = assertThrows(InputException.class, () -> StopPhrases.load(unknown));
    assertTrue(e.getMessage().contains("a.tsv:6") && e.getMessage().contains("nonsense"), e.getMessage());
    Path group = dir.resolve("b.tsv");
    java.nio.file.Files.writeString(group, head + "Cold War\tloaded\tsome-group\t\n");
    e = assertThrows(InputException.class, () -> StopPhrases.load(group));
    assertTrue(e.getMessage().contains("only allowed with category label"), e.getMessage());
  }
}
