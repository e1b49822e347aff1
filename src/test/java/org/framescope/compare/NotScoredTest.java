package org.framescope.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.framescope.model.ArticleResult;
import org.framescope.io.Json;
import org.junit.jupiter.api.Test;

/** Articles in another language stay out of the contrasts and are counted as not scored. */
class NotScoredTest {
  private static ArticleResult flagged(ArticleResult a, String flag) {
    List<String> flags = new ArrayList<>(a.flags());
    flags.add(flag);
    return new ArticleResult(a.schema(), a.id(), a.source(), a.title(), a.outlet(), a.published(), a.url(),
        a.outletGroup(), a.event(), a.outletCountry(), a.ownership(), a.body(), a.removed(), a.sentences(),
        a.attributions(), a.stance(), a.frames(), a.metrics(), flags, a.provenance());
  }

  @Test
  void foreignArticlesAreListedNotCompared() throws Exception {
    List<ArticleResult> in = new ArrayList<>();
    in.add(new ArticleBuilder("a1", "Meridian Wire", "2024-03-05").event("e1").author("The port was hit.").build());
    in.add(new ArticleBuilder("b1", "Vostok Herald", "2024-03-05").event("e1").author("The port was struck.").build());
    in.add(flagged(new ArticleBuilder("c1", "Hafenblatt", "2024-03-05").event("e1")
        .author("Der Hafen wurde getroffen.").build(), "language:de"));
    ComparisonReport r = Comparison.compare(in, CompareConfig.defaults());
    assertEquals(1, r.notScored().size());
    assertEquals("c1", r.notScored().get(0).id());
    assertEquals("language:de", r.notScored().get(0).reason());
    assertTrue(r.articles().stream().noneMatch(a -> a.id().equals("c1")));
    assertFalse(r.sides().contains("Hafenblatt"));
    assertTrue(Json.compact().writeValueAsString(r).contains("\"notScored\""));
    ComparisonReport plain = Comparison.compare(in.subList(0, 2), CompareConfig.defaults());
    assertFalse(Json.compact().writeValueAsString(plain).contains("notScored"), "no key when every article is scored");
  }

  @Test
  void onlyForeignArticlesIsAClearError() {
    List<ArticleResult> in = List.of(flagged(new ArticleBuilder("c1", "Hafenblatt", "2024-03-05").event("e1")
        .author("Der Hafen wurde getroffen.").build(), "language:de"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Comparison.compare(in, CompareConfig.defaults()));
    assertTrue(e.getMessage().contains("language:de"), e.getMessage());
  }
}
