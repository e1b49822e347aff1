package org.framescope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.framescope.classify.BiasModel;
import org.framescope.model.ArticleResult;
import org.framescope.model.RawDocument;
import org.junit.jupiter.api.Test;

/** The shipped bias model scores sentences, not headings: fewer than five words and no verb get no score. */
class BiasStageTest {
  @Test
  void aHeadingGetsNoBiasScoreAndASentenceDoes() throws Exception {
    RawDocument doc = new RawDocument("d2", "d2.txt", "Title", "Outlet", "2026-01-02", null, null,
        "Key Points\n\nRiot police brutally crushed the peaceful protest in a shameful display of force.\n\n"
            + "Talks resume Monday, officials say.", RawDocument.Format.TEXT, null, "abc123");
    ArticlePipeline p = ArticlePipeline.builder().add(new CleanStage(ArticlePipelineTest.KEEP))
        .add(new NlpStage(ArticlePipelineTest.RAW, Map.of("profile", "stub")))
        .add(ArticlePipelineTest.voice(Map.of("actors.tsv", "a1"))).add(ArticlePipelineTest.lexicon())
        .add(new BiasStage(BiasModel.loadDefault(), "m1")).add(new SentenceStage()).add(ArticlePipelineTest.stance())
        .build();
    ArticleResult r = p.analyze(doc);
    assertEquals(3, r.sentences().size());
    assertEquals("Key Points", r.sentences().get(0).text());
    assertNull(r.sentences().get(0).bias(), "two words (the stub tags no verbs): no score");
    assertNotNull(r.sentences().get(1).bias());
    assertNotNull(r.sentences().get(2).bias(), "five words (\"Talks resume Monday, officials say\"): scored");
    assertEquals("5", r.provenance().config().get("bias.headingWords"));
  }

  private static org.framescope.model.NlpSentence sentence(String... wordPos) {
    java.util.List<org.framescope.model.Token> toks = new java.util.ArrayList<>();
    for (int i = 0; i < wordPos.length; i++) {
      String[] wp = wordPos[i].split("/");
      toks.add(new org.framescope.model.Token(i, i * 10, i * 10 + wp[0].length(), wp[0], wp[0], wp[1], "O"));
    }
    return new org.framescope.model.NlpSentence(0, 0, wordPos.length * 10, "", toks, java.util.List.of());
  }

  @Test
  void aHeadingIsShortAndHasNoVerb() {
    assertEquals(true, BiasStage.heading(sentence("Key/NNP", "Points/NNPS")));
    assertEquals(true, BiasStage.heading(sentence("WASHINGTON/NNP", "--/:")));
    assertEquals(false, BiasStage.heading(sentence("That/DT", "claim/NN", "is/VBZ", "false/JJ", "./.")));
    assertEquals(false, BiasStage.heading(sentence("A/DT", "major/JJ", "blow/NN", "to/TO", "the/DT", "agenda/NN")));
    assertEquals(2, BiasStage.words(sentence("WASHINGTON/NNP", "--/:", "Reuters/NNP")));
  }
}
