package org.framescope.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.framescope.model.ArticleResult;
import org.framescope.report.ArticleView;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The article body is shown in its paragraphs (a blank line in the body), not as one block. */
class ArticleViewParagraphsTest {
  private static Element render(ArticleResult a) {
    Element div = Document.createShell("").body().appendElement("div").addClass("body");
    ArticleView.body(div, a, "a");
    return div;
  }

  @Test
  void blankLinesStartParagraphsAndOneLineBreakDoesNot() {
    ArticleResult a = new ArticleBuilder("x", "Wire", "2024-03-01")
        .author("Drones struck the port.").author("Two cranes burned.").paragraph().paragraph()
        .author("Repairs will take weeks.").paragraph()
        .author("Ships were diverted.").paragraph().paragraph().paragraph()
        .author("Talks resume on Thursday.").build();
    assertEquals("Drones struck the port. Two cranes burned.\n\nRepairs will take weeks.\nShips were diverted."
        + "\n\n\nTalks resume on Thursday.", a.body());
    Element div = render(a);
    assertEquals(3, div.children().size(), div.html());
    assertEquals("p", div.child(0).tagName());
    assertEquals("Drones struck the port. Two cranes burned.", div.child(0).text());
    assertEquals("Repairs will take weeks. Ships were diverted.", div.child(1).text());
    assertEquals("Talks resume on Thursday.", div.child(2).text());
    // every sentence is still one addressable span, in order
    assertEquals(5, div.select("span.s").size());
    assertEquals("a-s4", div.select("span.s").last().id());
    // nothing of the body is lost or doubled: the paragraphs' text is the body's, blank lines aside
    assertEquals(a.body().replaceAll("\\s+", " "), div.children().eachText().stream()
        .reduce((x, y) -> x + " " + y).orElseThrow());
  }

  @Test
  void aBodyWithoutBlankLinesIsOneParagraph() {
    ArticleResult a = new ArticleBuilder("y", "Wire", "2024-03-01").author("One.").author("Two.").build();
    Element div = render(a);
    assertEquals(1, div.children().size());
    assertEquals("One. Two.", div.child(0).text());
  }
}
