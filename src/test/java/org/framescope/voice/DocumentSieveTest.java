package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The word test behind {@code DocumentSieve.derivingCue}: which document nouns are made from which cue verbs. */
class DocumentSieveTest {
  @Test
  void nounsMadeFromTheirVerbs() {
    assertTrue(DocumentSieve.derives("report", "report"));
    assertTrue(DocumentSieve.derives("tweet", "tweet"));
    assertTrue(DocumentSieve.derives("statement", "state"));
    assertTrue(DocumentSieve.derives("complaint", "complain"));
    assertTrue(DocumentSieve.derives("announcement", "announce"));
    assertTrue(DocumentSieve.derives("declaration", "declare"));
    assertTrue(DocumentSieve.derives("testimony", "testify"));
    assertTrue(DocumentSieve.derives("statement", "State"), "the verb's case does not matter");
  }

  @Test
  void otherNounsAreNot() {
    assertFalse(DocumentSieve.derives("statement", "say"));
    assertFalse(DocumentSieve.derives("report", "write"));
    assertFalse(DocumentSieve.derives("letter", "let"), "a stem under four letters begins too many words");
    assertFalse(DocumentSieve.derives("note", "notice"));
  }
}
