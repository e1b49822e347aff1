package org.framescope.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.framescope.resource.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The English check in front of the n-gram detector must never change what a text is scored as: where it says
 * English, the n-gram detector says English or unknown (both scored as English).
 */
class LanguageFastPathTest {
  private static final String EN = "The ministry said on Tuesday that the port had been hit by several drones "
      + "overnight, and officials said the repairs would take weeks. They said that the strike, which came after "
      + "talks had stalled, was not the first this month, but it was the most costly. Shipping companies said "
      + "they had diverted their vessels to other ports while the damage was assessed.";
  private static final String PL = "Ministerstwo poinformowało we wtorek, że port został w nocy trafiony przez "
      + "kilka dronów, a urzędnicy powiedzieli, że naprawy potrwają tygodnie. Według nich atak, do którego doszło "
      + "po zerwaniu rozmów, nie był pierwszym w tym miesiącu, ale był najbardziej kosztowny. Armatorzy "
      + "skierowali swoje statki do innych portów na czas oceny szkód.";

  @Test
  void englishNewsTakesTheShortCutOtherLanguagesDoNot() {
    assertTrue(LanguageDetector.clearlyEnglish(EN));
    assertEquals("en", LanguageDetector.shared().detect(EN));
    assertFalse(LanguageDetector.clearlyEnglish(PL));
    assertEquals("pl", LanguageDetector.shared().detect(PL));
    // half English, half Polish: too many words with other letters for the short cut
    assertFalse(LanguageDetector.clearlyEnglish(EN + "\n\n" + PL + " " + PL));
    // too few words to judge
    assertFalse(LanguageDetector.clearlyEnglish("The port said that it had been hit by the drones."));
  }

  @Test
  void agreesWithTheNgramDetectorOnRealNews() throws IOException {
    Path text = SharedData.dir().resolve("datasets/polnear/dev/text");
    Assumptions.assumeTrue(Files.isDirectory(text), "PolNeAR dev absent (set FRAMESCOPE_SHARED)");
    List<Path> files;
    try (Stream<Path> s = Files.list(text)) {
      files = s.sorted().toList();
    }
    LanguageDetector d = LanguageDetector.shared();
    int shortCut = 0;
    List<String> differ = new ArrayList<>();
    for (Path f : files) {
      String t = Files.readString(f, StandardCharsets.UTF_8);
      String head = t.length() > LanguageDetector.MAX_CHARS ? t.substring(0, LanguageDetector.MAX_CHARS) : t;
      if (LanguageDetector.clearlyEnglish(head)) {
        shortCut++;
        String ngram = d.byNgrams(head);
        if (!ngram.equals("en") && !ngram.isEmpty()) {
          differ.add(f.getFileName() + ": " + ngram);
        }
      }
    }
    assertEquals(List.of(), differ);
    assertTrue(shortCut >= files.size() * 9 / 10, shortCut + " of " + files.size() + " took the short cut");
  }
}
