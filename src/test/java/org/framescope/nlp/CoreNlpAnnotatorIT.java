package org.framescope.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.Token;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Loads real CoreNLP models (slow): tagged "models". */
@Tag("models")
class CoreNlpAnnotatorIT {
  private static final String BODY = "Foreign Ministry spokeswoman Maria Zakharova said the “peace plan” was a sham.\n\n"
      + "The White House rejected the claim. Officials in Kyiv agreed";

  @Test
  void offsetsMatchBodyAndParagraphsSplit() {
    CoreNlpAnnotator a = CoreNlpAnnotator.forProfile(Profile.FULL);
    assertSame(a, CoreNlpAnnotator.forProfile(Profile.FULL));
    NlpDocument d = a.annotate(BODY);
    assertEquals(3, d.sentences().size());
    for (NlpSentence s : d.sentences()) {
      assertEquals(BODY.substring(s.begin(), s.end()), s.text());
      for (Token t : s.tokens()) {
        assertEquals(BODY.substring(t.begin(), t.end()), t.word());
      }
      assertFalse(s.dependencies().isEmpty());
    }
    NlpSentence first = d.sentences().get(0);
    assertTrue(first.tokens().stream().anyMatch(t -> t.word().equals("Zakharova") && t.ner().equals("PERSON")));
    assertTrue(first.tokens().stream().anyMatch(t -> t.word().equals("said") && t.lemma().equals("say")));
    assertTrue(first.tokens().stream().anyMatch(t -> t.word().equals("“")));
  }
}
