package org.framescope.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framescope.model.CleanText;
import org.framescope.model.DocMeta;
import org.framescope.model.RawDocument;
import org.framescope.model.RemovedBlock;
import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {
  private static final String P1 = "The ministry said on Tuesday that the port had been hit by several drones overnight, "
      + "damaging two cranes and a grain terminal.";
  private static final String P2 = "Officials in the region said repairs would take weeks and that shipping had been "
      + "diverted to a smaller harbour further along the coast.";
  private static final String P3 = "Insurers have raised premiums for vessels calling at the port, according to two "
      + "brokers who spoke on condition of anonymity.";

  private static CleanText text(String s) {
    // As TextReader reads a dump: the title is the first non-empty line.
    String title = s.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    return new BoilerplateRemover().clean(new RawDocument("t", "t.txt", title, "", null, null, null, s,
        RawDocument.Format.TEXT, DocMeta.EMPTY, "0".repeat(64)));
  }

  private static CleanText html(String s) {
    return new BoilerplateRemover().clean(new RawDocument("h", "h.html", "Port hit by drones", "", null, null, null, s,
        RawDocument.Format.HTML, DocMeta.EMPTY, "0".repeat(64)));
  }

  private static void assertRemoved(CleanText c, String fragment, String reason) {
    assertFalse(c.body().contains(fragment), () -> "body still has '" + fragment + "':\n" + c.body());
    assertTrue(c.removed().stream().anyMatch(r -> r.text().contains(fragment) && r.reason().equals(reason)),
        () -> "'" + fragment + "' not removed as " + reason + ": " + c.removed());
  }

  private static void assertKept(CleanText c, String... paragraphs) {
    for (String p : paragraphs) {
      assertTrue(c.body().contains(p), () -> "lost body text: " + p + "\nbody:\n" + c.body());
    }
  }

  @Test
  void textDumpFurnitureBeforeAndAfterTheArticle() {
    CleanText c = text(String.join("\n", "Port hit by drones", "Home | World | Politics | Business | Sport",
        "English | Español | Русский", "BREAKING: Markets fall after strike", "By Anna Petrova", "5 min read",
        "Share", "Facebook Twitter WhatsApp", "", P1, "Photo: Cranes at the port (Reuters)", P2, "",
        "Your browser does not support the video tag.", P3, "Tags: Ukraine, shipping, drones", "Related",
        "Grain exports fall for third month", "Insurers weigh Black Sea risk", "12 Comments", "3 hours ago",
        "This is outrageous, they should all resign!", "Reply", "© 2024 Example Media. All rights reserved.",
        "Privacy Policy | Terms of Use | Contact"));
    assertEquals("Port hit by drones", c.title());
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, c.body());
    assertRemoved(c, "Home | World", "navigation");
    assertRemoved(c, "English | Español", "navigation");
    assertRemoved(c, "BREAKING: Markets", "ticker");
    assertRemoved(c, "By Anna Petrova", "byline");
    assertRemoved(c, "5 min read", "byline");
    assertRemoved(c, "Facebook Twitter WhatsApp", "share");
    assertRemoved(c, "Photo: Cranes", "caption");
    assertRemoved(c, "does not support the video", "video");
    assertRemoved(c, "Tags: Ukraine", "tags");
    assertRemoved(c, "Insurers weigh Black Sea risk", "related");
    assertRemoved(c, "they should all resign", "comments");
    assertRemoved(c, "All rights reserved", "footer");
  }

  @Test
  void gluedHeadingIsSplitAndKeptAsItsOwnParagraph() {
    CleanText c = text("Title\n" + P1 + "The Ukraine Conflict: A Catalyst for Deeper Ties\n" + P2);
    assertEquals(P1 + "\n\nThe Ukraine Conflict: A Catalyst for Deeper Ties\n\n" + P2, c.body());
  }

  /** Express.co.uk puts a "DON'T MISS" heading over its link list; the links went, the heading stayed. */
  @Test
  void aDontMissHeadingIsALinkListHeading() {
    for (String heading : List.of("DON'T MISS", "Don\u2019t miss:", "MUST READ")) {
      CleanText c = text("Title\n" + P1 + "\n" + heading + "\n" + P2);
      assertRemoved(c, heading, "related");
      assertKept(c, P1, P2);
    }
    CleanText prose = text("Title\n" + P1 + "\nDon't miss the chance to see the port before it closes, officials said.\n");
    assertKept(prose, "Don't miss the chance");
  }

  @Test
  void spamLinkListGluedToLastSentenceIsRemoved() {
    CleanText c = text("Title\n" + P1 + "\n" + P2 + "- Ultimate Guide To Something Beyond The Basics\n"
        + "- The Legendary Star Of Hollywood\nBreaking News, December 4 | Some News – Some TV");
    assertEquals(P1 + "\n\n" + P2, c.body());
    assertRemoved(c, "Ultimate Guide", "spam-links");
    assertRemoved(c, "Some News", "spam-links");
  }

  @Test
  void repeatedKeywordFragmentIsACaptionButARealHeadingStays() {
    String body = "Economic cooperation has grown between the two nations over the past decade, officials said.";
    CleanText c = text("Title\n" + P1 + "\neconomic cooperation\n" + body + "\nHistorical Ties Between the Two\n" + P2
        + "\n" + P3);
    assertRemoved(c, "economic cooperation", "caption");
    assertKept(c, "Historical Ties Between the Two", body, P3);
  }

  @Test
  void commentThreadAfterArticleIsRemovedEvenWithLongComments() {
    String longComment = "I have been following this story for years and honestly the government never tells us "
        + "the full truth about what happens in that port.";
    CleanText c = text("Title\n" + P1 + "\n" + P2 + "\n0 0 votes\nArticle Rating\n9 months ago\n" + longComment);
    assertEquals(P1 + "\n\n" + P2, c.body());
    assertRemoved(c, longComment, "comments");
  }

  @Test
  void keywordStuffingIsFlaggedAndTextKeptAsWritten() {
    CleanText c = text("Title\nThe **news Iran Russia** story grew this week, analysts said in a long note today.\n"
        + "Readers of **news Iran Russia** coverage saw many more headlines about the same talks.\n"
        + "The **news Iran Russia** narrative continued to dominate the region's media this month.");
    assertTrue(c.flags().contains("keyword stuffing"));
    assertTrue(c.body().contains("The **news Iran Russia** story"), "body text is not rewritten");
  }

  @Test
  void htmlStructureHintsAndLinkDensity() {
    CleanText c = html("""
        <html><body>
        <header class="site-header"><a href="/">Home</a> <a href="/world">World</a></header>
        <nav><ul><li><a href="/en">English</a></li><li><a href="/ru">Русский</a></li></ul></nav>
        <div class="breaking-ticker">Live: ceasefire talks resume</div>
        <article>
          <h1>Port hit by drones</h1>
          <div class="byline">By <a href="/a">Anna Petrova</a> · 4 min read</div>
          <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
          <p>%s</p>
          <figure><img src="x.jpg" alt="Cranes burning at night"><figcaption>Cranes at the port after the strike.</figcaption></figure>
          <h2>Shipping diverted</h2>
          <p>%s</p>
          <video><source src="v.mp4">Your browser does not support the video tag.</video>
          <p>%s</p>
          <footer class="article-tags"><a href="/t/ukraine">Ukraine</a> <a href="/t/ports">Ports</a></footer>
        </article>
        <aside class="most-read"><h3>Most read</h3><ol><li><a href="/1">Grain exports fall</a></li></ol></aside>
        <section id="comments"><h3>Comments (2)</h3><p>What a disgrace, honestly, this is the worst government we ever had in power.</p></section>
        <footer><p>© 2024 Example Media</p></footer>
        </body></html>""".formatted(P1, P2, P3));
    assertEquals(P1 + "\n\nShipping diverted\n\n" + P2 + "\n\n" + P3, c.body());
    assertRemoved(c, "World", "navigation");
    assertRemoved(c, "Русский", "navigation");
    assertRemoved(c, "ceasefire talks", "ticker");
    assertRemoved(c, "Anna Petrova", "byline");
    assertRemoved(c, "Share on Facebook", "share");
    assertRemoved(c, "Cranes at the port after", "caption");
    assertRemoved(c, "does not support the video", "video");
    assertRemoved(c, "Ports", "tags");
    assertRemoved(c, "Grain exports fall", "related");
    assertRemoved(c, "worst government", "comments");
    assertRemoved(c, "© 2024", "footer");
    assertFalse(c.body().contains("Cranes burning"), "alt text never enters the body");
  }

  @Test
  void nothingIsSilentlyLost() {
    String page = String.join("\n", "Title", "Menu", P1, "Photo: x (AP)", P2, "Related", "Other story");
    CleanText c = text(page);
    int kept = c.body().replace("\n\n", "").length();
    int removed = c.removed().stream().map(RemovedBlock::text).mapToInt(t -> t.replace("\n", "").length()).sum();
    int all = page.replace("\n", "").length() - "Title".length();
    assertEquals(all, kept + removed);
  }

  @Test
  void corpusRecordWithItsOwnTitleKeepsItsFirstLine() {
    CleanText c = new BoilerplateRemover().clean(new RawDocument("r", "c.jsonl#1", "Port hit", "", null, null, null,
        P1 + "\n" + P2, RawDocument.Format.TEXT, DocMeta.EMPTY, "0".repeat(64)));
    assertEquals(P1 + "\n\n" + P2, c.body());
  }

  @Test
  void hiddenElementsAreNotArticleText() {
    CleanText c = html("<html><body><article><p>" + P1 + "</p><div class=\"cite-popup\" hidden><p>Author, A. (2026). "
        + "A long citation of this very article that the page keeps hidden until asked.</p></div><p>" + P2
        + "</p><p style=\"display: none\">A hidden duplicate of the second paragraph for screen readers only here.</p>"
        + "<p>" + P3 + "</p></article></body></html>");
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, c.body());
    assertRemoved(c, "A long citation", "other");
    assertRemoved(c, "hidden duplicate", "other");
  }

  @Test
  void paragraphEndingInAFootnoteNumberIsStillASentence() {
    String withNote = "From January the government will charge importers for the carbon emitted in making the goods. 1";
    CleanText c = text("Title\nDownload PDF\nCite this\nPrint\n" + withNote + "\nShort note\n" + P1 + "\n" + P2);
    assertKept(c, withNote, P1, P2);
  }

  @Test
  void quotationsCreditedByADashAreArticleText() {
    String v1 = "“The port has been closed for a week and nobody tells us when it will open again.” ― Olena Kravets";
    String v2 = "”We lost two cranes and half of our customers in one night, and the insurers want more.”― Ivan Melnyk";
    String v3 = "“Nobody here expected the harbour to be hit, not after the summer we had.” — Petro Bondar.";
    CleanText c = text("Title\n" + P1 + "\n\nPhoto: Reuters.\n\n" + v1 + "\n" + v2 + "\n" + v3 + "\n\n" + P2);
    assertKept(c, v1, v2, v3, P1, P2);
  }

  @Test
  void keyPointsBeforeTheFirstParagraphAreKept() {
    CleanText c = text("Title\nHome | World | Business\nKey points\n- Three port workers were killed in the overnight attack\n"
        + "- Grain exports are diverted to a smaller harbour\n" + P1 + "\n" + P2);
    assertKept(c, "Key points", "Three port workers were killed", "Grain exports are diverted", P1);
    assertRemoved(c, "Home | World", "navigation");
  }

  @Test
  void aShortPassageOfSentencesIsReadWhole() {
    // no paragraph is long enough to be article prose, but every line is a sentence: a passage to check
    CleanText c = text("Budget fight\n\nHis colleague Mark Dunn told reporters that the project is dead.\n\n"
        + "Her spokesman said the bill would pass.");
    assertEquals("His colleague Mark Dunn told reporters that the project is dead.\n\n"
        + "Her spokesman said the bill would pass.", c.body());
    assertEquals("Budget fight", c.title());
    assertTrue(c.flags().contains("short text read whole"), c.flags()::toString);
    // a one-line file that is a sentence is that sentence, not a title over nothing
    assertEquals("Officials said the talks had failed.", text("Officials said the talks had failed.").body());
    // a short heading before a sentence is part of the passage
    assertEquals("Reaction\n\nOfficials said the talks had failed.",
        text("Budget fight\n\nReaction\n\nOfficials said the talks had failed.").body());
    // a line that is no sentence keeps the verdict: empty (a menu; a fragment with no sentence after it)
    assertEquals("", text("Title\nOfficials said the talks had failed.\nRead more").body());
    CleanText menu = text("Title\nOfficials said the talks had failed.\nHome | World | Business");
    assertEquals("", menu.body());
    assertTrue(menu.flags().contains("no article text found"));
  }

  @Test
  void emptyArticleIsFlagged() {
    CleanText c = text("Title\nHome\nMenu");
    assertEquals("", c.body());
    assertTrue(c.flags().contains("no article text found"));
    assertEquals(List.of("navigation"), c.removed().stream().map(RemovedBlock::reason).distinct().toList());
  }
}
