package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private static List<String> texts(String body) {
    return QuoteFinder.find(body).stream().map(q -> body.substring(q.begin(), q.end())).toList();
  }

  @Test
  void curlyAndStraightQuotes() {
    assertEquals(List.of("“No way,”", "\"It is over.\""), texts("“No way,” he said. She said: \"It is over.\""));
    assertEquals(List.of("\"peace plan\""), texts("The so-called \"peace plan\" failed."));
    assertEquals(List.of("«Non»"), texts("Il a dit «Non» hier."));
  }

  @Test
  void doubledApostrophesAndBackticksAreDoubleQuotes() {
    assertEquals(List.of("''He seemed tired,''"), texts("''He seemed tired,'' said Jon Ralston, a commentator."));
    assertEquals(List.of("``Yes''", "''no''"), texts("She said ``Yes'' and he said ''no'' at once."));
    assertEquals(List.of(), texts("It's the '90s and the players' union's view."));
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertEquals(List.of(), texts("Russia’s army didn’t move and the Kremlin's view held. It's '90s style."));
    assertEquals(List.of("‘hostile act’"), texts("He called it a ‘hostile act’ on Monday, the minister’s aide said."));
  }

  @Test
  void quoteContinuesIntoNextParagraph() {
    String body = "“We will respond. We always do.\n\n“There is no other way,” he said.\n\nPrices rose.";
    List<QuoteFinder.Quote> qs = QuoteFinder.find(body);
    assertEquals(2, qs.size());
    assertFalse(qs.get(0).closed());
    assertEquals("“We will respond. We always do.", body.substring(qs.get(0).begin(), qs.get(0).end()));
    assertTrue(qs.get(1).continued());
    assertTrue(qs.get(1).closed());
  }

  @Test
  void unbalancedQuotesStayInTheirParagraph() {
    String body = "He said: “This will never end.\n\nPrices rose again.";
    List<QuoteFinder.Quote> qs = QuoteFinder.find(body);
    assertEquals(1, qs.size());
    assertTrue(qs.get(0).end() <= body.indexOf("\n\n"));
    assertEquals(List.of("“A.", "“B.”"), texts("“A. “B.” C."));
    assertEquals(List.of(), texts("A stray close” here."));
  }

  @Test
  void aQuotationInsideAQuotationKeepsTheOuterOneWhole() {
    // two closing marks follow the inner opening one: nested, the outer quotation runs to the second
    assertEquals(List.of("“I told him “no way” and he left.”"),
        texts("“I told him “no way” and he left.” ― Jane Doe"));
    assertEquals(List.of("“He called it a “disaster,” and walked out,”"),
        texts("“He called it a “disaster,” and walked out,” she said."));
    // one closing mark only: the second opening mark still cuts the first quotation
    assertEquals(List.of("“A.", "“B.”"), texts("“A. “B.” C."));
    // a new opening mark before the second close: two quotations in a row, not a nest
    assertEquals(List.of("“A.", "“B.”", "“C.”"), texts("“A. “B.” “C.”"));
  }

  @Test
  void randomTextGivesOrderedSpansInsideTheBody() {
    Random rnd = new Random(42);
    String alphabet = "ab \"“”‘’'\n.AB:\n";
    for (int run = 0; run < 500; run++) {
      StringBuilder sb = new StringBuilder();
      int n = rnd.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String body = sb.toString();
      int prev = 0;
      for (QuoteFinder.Quote q : QuoteFinder.find(body)) {
        assertTrue(q.begin() >= prev && q.end() > q.begin() && q.end() <= body.length(), body);
        assertFalse(body.substring(q.begin(), q.end()).contains("\n\n"), body);
        prev = q.end();
      }
    }
  }

  @Test
  void randomTranscriptsKeepLabelsOutsideTheirQuotes() {
    Random rnd = new Random(7);
    String[] pieces = {"\"AB: ", "“WALLACE: ", "Ab Ba: ", "UPDATE: ", "said so.", "“q,” ", "”x ", "\n\n", "\n",
        " ", "\"", "a: b", "’s "};
    for (int run = 0; run < 2000; run++) {
      StringBuilder sb = new StringBuilder();
      for (int i = rnd.nextInt(14); i > 0; i--) {
        sb.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String body = sb.toString();
      int prev = 0;
      for (QuoteFinder.Quote q : QuoteFinder.find(body, Set.of("update")::contains)) {
        assertTrue(q.begin() >= prev && q.end() > q.begin() && q.end() <= body.length(), body);
        assertFalse(body.substring(q.begin(), q.end()).contains("\n\n"), body);
        if (q.label() >= 0) {
          int colon = body.indexOf(':', q.label());
          assertTrue(colon >= 0 && colon < q.begin(), () -> "label not before its quote: " + body);
          assertFalse(body.substring(q.label(), colon).toLowerCase(java.util.Locale.ROOT).equals("update"), body);
        }
        prev = q.end();
      }
    }
  }

  @Test
  void aTranscriptsQuotedTurnsBeginAfterTheSpeakerLabel() {
    String body = "Partial transcript as follows:\n\n\"WALLACE: Let’s start with the debate.\n\n"
        + "\"PENCE: Well, look. It is serious.\n\n\"(CROSSTALK.)\n\n\"Chris Matthews: Seriously?\"";
    List<QuoteFinder.Quote> qs = QuoteFinder.find(body);
    assertEquals(List.of("Let’s start with the debate.", "Well, look. It is serious.", "\"(CROSSTALK.)",
        "Seriously?\""), qs.stream().map(q -> body.substring(q.begin(), q.end())).toList());
    assertFalse(qs.get(1).continued(), "a new speaker's turn does not continue the last one");
    assertTrue(qs.get(2).continued());
  }

  @Test
  void oneLabelIsNoTranscriptAndHeadingsAreNoSpeakers() {
    assertEquals(List.of("\"Mr. Trump: you are fired,\""), texts("\"Mr. Trump: you are fired,\" he said."));
    String headings = "\"UPDATE: The vote was delayed.\"\n\n\"VIDEO: Crowds gathered.\"";
    assertEquals(List.of("The vote was delayed.\"", "Crowds gathered.\""), texts(headings));
    assertEquals(List.of("\"UPDATE: The vote was delayed.\"", "\"VIDEO: Crowds gathered.\""),
        QuoteFinder.find(headings, Set.of("update", "video")::contains).stream()
            .map(q -> headings.substring(q.begin(), q.end())).toList());
    assertNull(QuoteFinder.turnAt("“There’s only one: Trump.", 0, 25, w -> false), "a clause before a colon is no label");
    assertNull(QuoteFinder.turnAt("“It was unseemly: he said so.", 0, 29, w -> false));
    assertNull(QuoteFinder.turnAt("Western Sanctions: Strengthening Iran-Russia Bond", 0, 49, w -> false),
        "a heading does not end as a sentence does");
    assertEquals(new QuoteFinder.Turn(0, 1, 6, 8, 19), QuoteFinder.turnAt("“PENCE: Well, look.", 0, 19, w -> false));
  }

  @Test
  void aClosingCurlyMarkOpeningALineOpensAQuote() {
    assertEquals(List.of("”Fear. I am afraid.”", "“No.”"),
        texts("Getty.\n”Fear. I am afraid.” ― Edwin Monroy\n“No.” ― Ana"));
    assertEquals(List.of("“Yes,\n”"), texts("He said “Yes,\n”and no”"), "not when a quote is open");
  }
}
