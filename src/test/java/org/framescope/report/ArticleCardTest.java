package org.framescope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleCardTest {
  @Test
  void aLanguageFlagReadsAsTheLanguageName() {
    assertEquals("Portuguese, pt", ArticleCard.languageName("pt"));
    assertEquals("Indonesian, id", ArticleCard.languageName("id"));
    assertEquals("language not identified", ArticleCard.languageName("und"));
    assertEquals("language not identified", ArticleCard.languageName("zz"));
  }
}
