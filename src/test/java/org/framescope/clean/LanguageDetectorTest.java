package org.framescope.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private static final String DE = "Das Ministerium teilte am Dienstag mit, dass der Hafen in der Nacht von mehreren "
      + "Drohnen getroffen worden sei. Die Behörden erklärten, die Reparaturen würden Wochen dauern.";
  private static final String EN = "The ministry said on Tuesday that the port had been hit by several drones "
      + "overnight. Officials said repairs would take weeks and shipping had been diverted.";

  @Test
  void tellsLanguagesApartTheSameWayEveryTime() {
    LanguageDetector d = LanguageDetector.shared();
    assertEquals("de", d.detect(DE));
    assertEquals("en", d.detect(EN));
    assertEquals("fr", d.detect("Le ministère a déclaré mardi que le port avait été touché par plusieurs drones "
        + "pendant la nuit, endommageant deux grues et un terminal céréalier."));
    for (int i = 0; i < 5; i++) {
      assertEquals("de", d.detect(DE));
    }
  }

  @Test
  void shortOrEmptyTextIsUnknown() {
    assertEquals("", LanguageDetector.shared().detect("Talks resumed."));
    assertEquals("", LanguageDetector.shared().detect(""));
    assertEquals("", LanguageDetector.shared().detect(null));
  }
}
