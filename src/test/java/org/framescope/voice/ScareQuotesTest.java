package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framescope.model.Span;
import org.junit.jupiter.api.Test;

/** Scare quotes alone, on hand-made sentences (the quotation marks are found in the body as the analyzer does). */
class ScareQuotesTest {
  private static DocView view(String spec) {
    return Fixtures.view(Fixtures.sentence(spec));
  }

  private static QuoteSpan only(DocView v) {
    assertEquals(1, v.quotes.quotes().size(), () -> v.quotes.quotes().toString());
    return v.quotes.quotes().get(0);
  }

  @Test
  void aShortQuotationInTheOutletsProseAfterAMarkerIsAScareQuote() {
    DocView v = view("The/DT so-called/JJ “/`` peace/NN plan/NN ”/'' failed/VBD/O/fail badly/RB ./.");
    ScareQuotes sq = new ScareQuotes(v, Fixtures.words());
    QuoteSpan q = only(v);
    assertTrue(sq.marked(q));
    assertTrue(sq.shortAndEmbedded(q));
    Span span = sq.span(q);
    assertEquals("“ peace plan ”", span.text());
    assertEquals("scare-quote", span.category());
    assertEquals(AttributionAnalyzer.SCARE_QUOTE_SOURCE, span.source());
  }

  @Test
  void withoutAMarkerItIsOneOnlyAsNobodysContent() {
    DocView v = view("The/DT “/`` peace/NN plan/NN ”/'' failed/VBD/O/fail badly/RB ./.");
    ScareQuotes sq = new ScareQuotes(v, Fixtures.words());
    QuoteSpan q = only(v);
    assertFalse(sq.marked(q));
    assertTrue(sq.shortAndEmbedded(q));
  }

  @Test
  void aLongQuotationOrOneThatIsTheWholeSentenceIsSpeech() {
    DocView longer = view("The/DT so-called/JJ “/`` plan/NN to/TO end/VB the/DT war/NN ”/'' failed/VBD/O/fail "
        + "badly/RB ./.");
    assertFalse(new ScareQuotes(longer, Fixtures.words()).marked(only(longer)));
    assertFalse(new ScareQuotes(longer, Fixtures.words()).shortAndEmbedded(only(longer)));
    DocView alone = view("“/`` We/PRP won/VBD ”/'' ./.");
    assertFalse(new ScareQuotes(alone, Fixtures.words()).shortAndEmbedded(only(alone)));
  }
}
