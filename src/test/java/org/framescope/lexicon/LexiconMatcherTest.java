package org.framescope.lexicon;

import org.framescope.text.Tokenizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.framescope.model.NlpSentence;
import org.framescope.model.Span;
import org.framescope.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconMatcherTest {
  static final String COLS = "entry, category, valence, intensity, pos, flags, note";
  static LexiconMatcher matcher;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    Path p = TestSentences.lexicon(dir, "test.tsv", "test", COLS, List.of("loaded", "other"),
        "heinous\tloaded\t-1\t3\tJJ\t\t",
        "blasted\tloaded\t-1\t1\t\t\tlisted first",
        "military\tother\t\t\t\t\t",
        "special military operation\tother\t\t\t\t\tKremlin name",
        "military operation\tother\t\t\t\t\t",
        "slam\tloaded\t-1\t2\tVB\t\t",
        "Turkey\tother\t\t\t\tcs\t",
        "abandon*\tloaded\t-1\t1\t\t\t",
        "reckless\tloaded\t-1\t2\tJJ\t\t",
        "power grab\tloaded\t-1\t2\t\t\t",
        "hero\tloaded\t+1\t3\tNN\t\t",
        "blast\tloaded\t-1\t3\tVB\t\tlisted later");
    matcher = LexiconMatcher.of(Lexicon.load(p));
  }

  static List<String> texts(List<Span> spans) {
    return spans.stream().map(s -> s.text() + "|" + s.category()).collect(Collectors.toList());
  }

  @Test
  void multiWordLongestMatchWins() {
    List<Span> spans = matcher.match(TestSentences.of("They began a special military operation today."));
    assertEquals(List.of("special military operation|other"), texts(spans));
    assertEquals("other: Kremlin name", spans.get(0).explanation());
    List<Span> shorter = matcher.match(TestSentences.of("a military operation and a military parade"));
    assertEquals(List.of("military operation|other", "military|other"), texts(shorter));
  }

  @Test
  void posConstraintIsATagPrefixAndIgnoredWithoutTags() {
    assertEquals(1, matcher.match(TestSentences.tagged("more/RBR heinous/JJR acts/NNS")).size());
    assertEquals(0, matcher.match(TestSentences.tagged("the/DT heinous/NN")).size());
    assertEquals(1, matcher.match(TestSentences.of("a heinous act")).size(), "no POS tags: constraint ignored");
    assertEquals(0, matcher.match(TestSentences.tagged("a/DT hero/JJ sandwich/NN")).size());
  }

  @Test
  void lemmaMatchesAndSurfaceFallsBack() {
    List<Span> byLemma = matcher.match(TestSentences.tagged("Critics/NNS slammed/VBD/slam the/DT plan/NN"));
    assertEquals(List.of("slammed|loaded"), texts(byLemma));
    assertEquals(-1, byLemma.get(0).valence());
    assertEquals(2, byLemma.get(0).intensity());
    // lemma is something else, surface word still matches
    assertEquals(1, matcher.match(TestSentences.tagged("Reckless/JJ/xyz driving/NN")).size());
  }

  @Test
  void tiesGoToTheEntryListedFirst() {
    // the lemma reaches "blast" (listed later) first, the surface word reaches "blasted" (listed first)
    List<Span> spans = matcher.match(TestSentences.tagged("Critics/NNS blasted/VBD/blast it/PRP"));
    assertEquals(1, spans.size());
    assertEquals(1, spans.get(0).intensity());
    assertTrue(spans.get(0).explanation().endsWith("listed first"), spans.get(0).explanation());
  }

  @Test
  void caseSensitiveEntries() {
    assertEquals(List.of("Turkey|other"), texts(matcher.match(TestSentences.of("Turkey objected."))));
    assertEquals(List.of(), texts(matcher.match(TestSentences.of("a roast turkey"))));
    assertEquals(List.of(), texts(matcher.match(TestSentences.of("TURKEY objected"))));
  }

  @Test
  void wildcardIsAPrefixMatch() {
    assertEquals(List.of("abandonment|loaded"), texts(matcher.match(TestSentences.of("the abandonment of"))));
    assertEquals(List.of("abandon|loaded"), texts(matcher.match(TestSentences.of("abandon ship"))));
    assertEquals(List.of(), texts(matcher.match(TestSentences.of("abando"))));
  }

  @Test
  void negationScope() {
    assertTrue(matcher.match(TestSentences.of("This was not heinous.")).get(0).negated());
    assertTrue(matcher.match(TestSentences.of("It isn't a reckless plan")).get(0).negated(), "n't two tokens before");
    assertTrue(matcher.match(TestSentences.of("never a truly reckless plan")).get(0).negated(), "three tokens before");
    assertFalse(matcher.match(TestSentences.of("never was a truly reckless plan")).get(0).negated(), "four tokens before");
    assertFalse(matcher.match(TestSentences.of("No, reckless plans")).get(0).negated(), "comma closes the scope");
    assertFalse(matcher.match(TestSentences.of("not that; reckless")).get(0).negated(), "semicolon closes the scope");
    Span s = matcher.match(TestSentences.of("hardly a power grab")).get(0);
    assertTrue(s.negated());
    assertTrue(s.explanation().endsWith("[negated]"));
    assertFalse(matcher.match(TestSentences.of("a reckless plan")).get(0).negated());
  }

  @Test
  void textIsTheExactBodySubstringWithSentenceOffset() {
    String body = "First sentence.  A  reckless   power grab!";
    int from = body.indexOf('A');
    NlpSentence s = Tokenizer.sentence(1, body, from, body.length());
    List<Span> spans = matcher.match(s);
    assertEquals(2, spans.size());
    for (Span sp : spans) {
      assertEquals(body.substring(sp.begin(), sp.end()), sp.text());
    }
    assertEquals("power grab", spans.get(1).text());
    assertEquals(body.indexOf("power"), spans.get(1).begin());
    assertEquals("lexicon:test.tsv@1.0.0", spans.get(0).source());
  }

  @Test
  void outputIsSortedAndDeterministic() {
    NlpSentence s = TestSentences.of("A reckless, heinous power grab by a military hero in Turkey.");
    List<Span> a = matcher.match(s);
    assertEquals(a, matcher.match(s));
    for (int i = 1; i < a.size(); i++) {
      Span p = a.get(i - 1);
      Span q = a.get(i);
      assertTrue(p.begin() < q.begin() || p.begin() == q.begin() && p.end() <= q.end());
    }
    assertEquals(List.of("reckless|loaded", "heinous|loaded", "power grab|loaded", "military|other", "hero|loaded",
        "Turkey|other"), texts(a));
  }

  @Test
  void emptySentenceGivesNoSpans() {
    assertEquals(List.of(), matcher.match(new NlpSentence(0, 5, 5, "", List.of(), List.of())));
  }

  @Test
  void randomizedOffsetsStayInsideTheSentence() {
    String[] vocab = {"special", "military", "operation", "heinous", "Turkey", "turkey", "power", "grab", "not", ",",
        "abandoned", "hero", "the", "a", "reckless", "-", "!", "(", "Kiev's", "don't", "so-called", "3.5"};
    Random rnd = new Random(42);
    for (int round = 0; round < 500; round++) {
      StringBuilder body = new StringBuilder(" ".repeat(rnd.nextInt(30)));
      int from = body.length();
      int n = 1 + rnd.nextInt(25);
      for (int i = 0; i < n; i++) {
        body.append(vocab[rnd.nextInt(vocab.length)]);
        body.append(rnd.nextInt(4) == 0 ? "" : " ".repeat(1 + rnd.nextInt(3)));
      }
      String text = body.toString();
      NlpSentence s = Tokenizer.sentence(round, text, from, text.length());
      List<Span> spans = matcher.match(s);
      for (Span sp : spans) {
        assertTrue(sp.begin() >= s.begin() && sp.end() <= s.end() && sp.begin() < sp.end(), sp.toString());
        assertEquals(text.substring(sp.begin(), sp.end()), sp.text());
        assertEquals(s.text().substring(sp.begin() - s.begin(), sp.end() - s.begin()), sp.text());
      }
      List<Span> sorted = new ArrayList<>(spans);
      sorted.sort(java.util.Comparator.comparingInt(Span::begin).thenComparingInt(Span::end)
          .thenComparing(Span::category));
      assertEquals(sorted, spans);
      // within one category, spans never overlap
      for (int i = 0; i < spans.size(); i++) {
        for (int j = i + 1; j < spans.size(); j++) {
          Span x = spans.get(i);
          Span y = spans.get(j);
          if (x.category().equals(y.category())) {
            assertTrue(x.end() <= y.begin() || y.end() <= x.begin(), x + " overlaps " + y);
          }
        }
      }
    }
  }

  @Test
  void tokensOfTheHelperAreIndexed() {
    List<Token> t = TestSentences.of("Kyiv's mayor didn't go.").tokens();
    assertEquals(List.of("Kyiv", "'s", "mayor", "did", "n't", "go", "."),
        t.stream().map(Token::word).collect(Collectors.toList()));
  }
}
