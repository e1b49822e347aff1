package org.framescope.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framescope.model.CleanText;
import org.framescope.model.RawDocument;
import org.junit.jupiter.api.Test;

/** The markup zone of an HTML page and the hints inside and outside it. */
class ArticleZoneTest {
  private static final String P1 = "<p>The ministry said on Tuesday that the port had been hit by several drones overnight, "
      + "damaging two cranes, a grain terminal and a warehouse near the quay.</p>";
  private static final String P2 = "<p>Officials in the region said repairs would take weeks, and that shipping had been "
      + "diverted to a smaller harbour further along the coast, according to the port authority.</p>";
  private static final String P3 = "<p>Insurers have raised premiums for vessels calling at the port, according to two "
      + "brokers, who spoke on condition of anonymity because the talks were private.</p>";

  private static CleanText clean(String body) {
    return new BoilerplateRemover().clean(new RawDocument("h", "h.html", "Port hit by drones", "", null, null, null,
        "<html><head><title>Port hit by drones</title></head><body>" + body + "</body></html>",
        RawDocument.Format.HTML, null, "0".repeat(64)));
  }

  @Test
  void aWrapperNamedSidebarAroundTheArticleDoesNotRemoveIt() {
    CleanText c = clean("<div class='theiaStickySidebar'><div class='lang-en skip-layout'><article class='post'>"
        + "<div class='entry-content'>" + P1 + P2 + P3 + "</div></article></div></div>"
        + "<div class='sidebar'><p>Subscribe to our newsletter for the latest updates, offers and news.</p></div>");
    assertTrue(c.body().contains("damaging two cranes") && c.body().contains("Insurers have raised"), c.body());
    assertFalse(c.body().contains("newsletter"), c.body());
  }

  @Test
  void aHoverCardInsideASentenceIsNotText() {
    CleanText c = clean("<div class='article-body'><p>A man pleaded guilty to threatening Rep. <span class='rollover-people'>"
        + "<a class='rollover-people-link' href='/people/jane-roe'>Jane Roe</a><span class='rollover-people-block'>"
        + "<span class='rollover-block'><a class='name' href='/people/jane-roe'>Jane Roe</a><a class='people-articles' "
        + "href='/x'>Senators call for a new security coordinator</a></span></span></span> (D-Minn.), prosecutors "
        + "said on Monday.</p>" + P1 + P2 + "</div>");
    assertTrue(c.body().contains("threatening Rep. Jane Roe (D-Minn.), prosecutors said"), c.body());
    assertFalse(c.body().contains("security coordinator"), c.body());
  }

  @Test
  void classesOnTheArticleElementItselfDoNotRemoveIt() {
    CleanText c = clean("<article class='post tag-review tag-books category-news'><div class='entry-content'>"
        + P1 + P2 + P3 + "</div></article>");
    assertEquals(3, c.body().split("\n\n").length, c.body());
  }

  @Test
  void commentsAndRelatedOutsideTheZoneGo() {
    CleanText c = clean("<nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></nav>"
        + "<div class='story-body'>" + P1 + P2 + P3 + "</div>"
        + "<div class='related-stories'><ul><li><a href='/x'>Grain exports fall for the third month in a row, traders say</a></li>"
        + "<li><a href='/y'>Insurers weigh Black Sea risk after the strike on the port</a></li></ul></div>"
        + "<div id='comments'><p>This is outrageous, they should all resign at once, every single one of them!</p>"
        + "<p>I agree with the previous comment, it is a disgrace and nobody is held to account.</p></div>");
    assertEquals(3, c.body().split("\n\n").length, c.body());
    assertTrue(c.removed().stream().anyMatch(r -> r.text().contains("outrageous")));
  }

  @Test
  void plainListsAndEmbeddedPostsInsideTheZoneStay() {
    CleanText c = clean("<div class='article-body'>" + P1 + "<p>Tour dates:</p><ul><li>June 9 - West Palm Beach, FL</li>"
        + "<li>June 10 - Tampa, FL</li><li>June 14 - Alpharetta, GA</li></ul>" + P2
        + "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>Our crews are at the port now</p>"
        + "</blockquote></div>" + P3 + "</div>");
    assertTrue(c.body().contains("June 10 - Tampa, FL"), c.body());
    assertTrue(c.body().contains("Our crews are at the port now"), c.body());
  }

  @Test
  void anArticleSplitIntoSameClassSectionsIsOneZone() {
    CleanText c = clean("<section class='outer'><div class='post__content'>" + P1 + P2 + "</div></section>"
        + "<section class='newsletter-box'><h3>Newsletter</h3><p>Get the magazine in your inbox.</p></section>"
        + "<section class='outer'><div class='post__content'>" + P3 + P1.replace("Tuesday", "Wednesday") + "</div></section>");
    assertTrue(c.body().contains("Insurers have raised") && c.body().contains("Wednesday"), c.body());
    assertTrue(c.body().contains("Tuesday"), c.body());
  }

  @Test
  void japaneseProseIsProse() {
    CleanText c = clean("<div class='single-contents'><p>Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、パソコンで読みたい時もあります。</p>"
        + "<p>そんな用途を考慮してか、Kindleや楽天koboにはデスクトップアプリが用意されています。今回はその話です。</p></div>");
    assertTrue(c.body().contains("デスクトップアプリ"), c.body());
    assertFalse(c.flags().contains("no article text found"));
  }

  @Test
  void pagesWithoutParagraphsStillUseMarkupHints() {
    CleanText c = clean("<nav>Home | World | Sport</nav><div>Port hit</div>");
    assertFalse(c.body().contains("World"), c.body());
  }
}
