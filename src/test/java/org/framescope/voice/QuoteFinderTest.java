package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
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
  void randomTextGivesOrderedSpansInsideTheBody() {
    Random rnd = new Random(42);
    String alphabet = "ab \"“”‘’'\n.";
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
}
