package org.framescope.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  /** Indonesian (written for this test): the n-gram detector splits it between Indonesian and Malay, 0.14 each. */
  private static final String ID = "Kementerian mengatakan pada hari Selasa bahwa pelabuhan itu diserang oleh beberapa"
      + " pesawat tanpa awak pada malam hari. Para pejabat menyatakan bahwa perbaikan akan memakan waktu beberapa"
      + " minggu. Serangan itu terjadi setelah perundingan terhenti, dan bukan yang pertama bulan ini, tetapi yang"
      + " paling mahal. Perusahaan pelayaran mengalihkan kapal mereka ke pelabuhan lain sementara kerusakan sedang"
      + " dinilai oleh petugas setempat dan pemerintah daerah.";

  @Test
  void aTextWithoutEnglishFunctionWordsIsNotEnglishEvenWhenTheDetectorCannotNameIt() {
    LanguageDetector d = LanguageDetector.shared();
    assertEquals("", d.byNgrams(ID), "the n-gram detector alone is unsure (it was scored as English before)");
    assertTrue(LanguageDetector.Words.of(ID).clearlyNotEnglish());
    assertEquals(LanguageDetector.UNDETERMINED, d.detect(ID));
    // English with few function words (a results list) is still English: the detector lists English
    String list = "Final standings after 36 races: Kyle Busch 5040 points, five wins, one pole; Kevin Harvick 5030"
        + " points, four wins; Denny Hamlin 5020 points, six wins; Martin Truex Jr. 5035 points, seven wins; Joey"
        + " Logano 2365 points, two wins; Brad Keselowski 2345 points, three wins; Chase Elliott 2349 points.";
    assertTrue(LanguageDetector.Words.of(list).clearlyNotEnglish());
    assertEquals("en", d.detect(list));
    // too few words to call anything not English
    assertEquals("", d.detect("Kementerian mengatakan pada hari Selasa bahwa pelabuhan itu diserang oleh pesawat."));
  }
}
