package org.framescope.eval;

import org.framescope.model.VerbClass;
import org.framescope.model.Voice;
import org.framescope.model.SpeakerType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framescope.gold.GoldAnnotation;
import org.framescope.model.Attribution;
import org.framescope.model.Speaker;
import org.junit.jupiter.api.Test;

/** Offset mapping and scoring on a hand-made fixture (no CoreNLP). */
class AttributionGoldScorerTest {
  static final String RAW = "<html><head><title>x</title></head><body>"
      + "<p>Officials &amp; experts said on Monday that the  plan\nwas illegal.</p>\n"
      + "<p>\"It is a disgrace,\" Jane Roe claimed.</p>\n"
      + "<aside><p>Dropped text here, said nobody.</p></aside></body></html>";
  static final String BODY = "Officials & experts said on Monday that the plan was illegal.\n\n"
      + "\"It is a disgrace,\" Jane Roe claimed.\n\nComments: Bob said it was fine.";

  static GoldAnnotation gold(String text, String layer, String label, String... kv) {
    int b = RAW.indexOf(text);
    assertTrue(b >= 0, text);
    Map<String, String> attrs = new TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      attrs.put(kv[i], kv[i + 1]);
    }
    return new GoldAnnotation(b, b + text.length(), layer, label, new TreeMap<>(attrs));
  }

  static Attribution ours(String text, String name, String country, String verb, String cls, String kind) {
    int b = BODY.indexOf(text);
    assertTrue(b >= 0, text);
    return new Attribution(new Speaker(name, null, country, SpeakerType.OTHER), verb, VerbClass.of(cls), b, b + text.length(),
        text, Voice.of(kind), 0);
  }

  @Test
  void mapsRawSpansToBodyThroughEntitiesTagsAndWhitespace() {
    AttributionGoldScorer.Mapper m = new AttributionGoldScorer.Mapper(RAW, true, BODY);
    String span = "Officials &amp; experts said on Monday that the  plan\nwas illegal.";
    int b = RAW.indexOf(span);
    AttributionGoldScorer.BodySpan s = m.map(b, b + span.length());
    assertEquals("Officials & experts said on Monday that the plan was illegal.", BODY.substring(s.begin(), s.end()));
    int d = RAW.indexOf("Dropped");
    assertNull(m.map(d, d + 17), "text the body does not have is not mapped");
  }

  @Test
  void repeatedTextMapsInOrder() {
    String raw = "<p>He said yes.</p> <p>She said yes.</p>";
    String body = "He said yes. She said yes.";
    AttributionGoldScorer.Mapper m = new AttributionGoldScorer.Mapper(raw, true, body);
    int first = raw.indexOf("yes");
    int second = raw.indexOf("yes", first + 1);
    assertEquals(8, m.map(first, first + 3).begin());
    assertEquals(body.lastIndexOf("yes"), m.map(second, second + 3).begin());
  }

  @Test
  void scoresRecallPrecisionSpeakerCountryClassKindAndVoice() {
    List<GoldAnnotation> g = List.of(
        gold("the  plan\nwas illegal", "attribution", "neutral", "speaker", "Officials", "verb", "said",
            "kind", "reported", "country", "Russia"),
        gold("\"It is a disgrace,\"", "attribution", "distancing", "speaker", "Jane Roe", "verb", "claimed",
            "kind", "quote", "country", "United States"),
        gold("Dropped text here", "attribution", "neutral", "speaker", "nobody", "verb", "said", "kind", "reported"),
        gold("Officials &amp; experts said on Monday that the  plan\nwas illegal.", "voice", "reported",
            "speaker", "Officials"),
        gold("\"It is a disgrace,\" Jane Roe claimed.", "voice", "quote", "speaker", "Jane Roe"));
    List<Attribution> o = List.of(
        ours("the plan was illegal", "officials", "Russia", "said", "neutral", "reported"),
        ours("It is a disgrace", "Roe", null, "claimed", "neutral", "quote"), // 16 of 19 characters
        ours("Officials & experts", "Monday", null, "said", "neutral", "reported"), // spurious, in scope
        ours("disgrace", "Roe", null, "claimed", "distancing", "quote"), // a second piece of a matched one
        ours("it was fine", "Bob", null, "said", "neutral", "reported")); // outside the annotated text
    int s2 = BODY.indexOf("\"It");
    List<AttributionGoldScorer.PredSentence> sents = List.of(
        new AttributionGoldScorer.PredSentence(0, BODY.indexOf('\n'), "reported", "reported"),
        new AttributionGoldScorer.PredSentence(s2, BODY.indexOf('\n', s2), "author", "quote"),
        new AttributionGoldScorer.PredSentence(BODY.indexOf("Comments"), BODY.length(), "reported", "reported"));
    AttributionGoldScorer.Tally t = AttributionGoldScorer.score(RAW, true, BODY, g, o, sents);
    assertEquals(3, t.goldAttributions);
    assertEquals(1, t.unmappedAttributions);
    assertEquals(2, t.matched);
    assertEquals(1.0, t.recall());
    assertEquals(4, t.predicted);
    assertEquals(0.5, t.precision(), 1e-9);
    assertEquals(1, t.predictedSplit);
    assertEquals(2, t.speakerOk);
    assertEquals(2, t.countryN);
    assertEquals(1, t.countryOk);
    assertEquals(1, t.verbClassOk);
    assertEquals(2, t.kindOk);
    assertEquals(2, t.voiceN);
    assertEquals(1, t.voiceOk);
    assertEquals(1, t.authorOk);
    assertEquals(2, t.ruleVoiceOk, "by the codebook rule over segments the quote sentence is right");
    assertEquals(2, t.ruleAuthorOk);
    assertEquals("quote", AttributionGoldScorer.ruleVoice(List.of("author", "reported", "quote")));
    assertEquals("reported", AttributionGoldScorer.ruleVoice(List.of("author", "reported")));
    assertEquals(Map.of("quote->author", 1, "reported->reported", 1), t.voiceConfusion);
  }

  @Test
  void lessThanHalfOfTheGoldSpanIsNoMatch() {
    List<GoldAnnotation> g = List.of(gold("the  plan\nwas illegal", "attribution", "neutral", "speaker", "Officials",
        "verb", "said", "kind", "reported"));
    AttributionGoldScorer.Tally t = AttributionGoldScorer.score(RAW, true, BODY, g,
        List.of(ours("the plan", "officials", null, "said", "neutral", "reported")), List.of());
    assertEquals(0, t.matched);
    assertEquals(1, t.predicted, "no voice layer: every attribution of ours counts for precision");
  }

  @Test
  void lastNameMatch() {
    assertTrue(AttributionGoldScorer.sameLastName("Margaret Hale", "hale"));
    assertTrue(AttributionGoldScorer.sameLastName("Russia's Defense Ministry", "Defense Ministry"));
    assertFalse(AttributionGoldScorer.sameLastName("Moscow", "Russia"));
    assertFalse(AttributionGoldScorer.sameLastName("", ""));
  }
}
