package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoiceWordsTest {
  @Test
  void shippedListsLoadAndAreHashed() throws Exception {
    VoiceWords w = VoiceWords.fromLexicons(Path.of("lexicons"));
    assertTrue(w.honorific("Mr."));
    assertEquals("senator", w.titleOf("Sen."));
    assertEquals('f', w.genderOf("spokeswoman", '?'));
    assertEquals('?', w.genderOf("minister", '?'));
    assertEquals('f', w.firstNameGender("Maria"));
    assertEquals('m', w.firstNameGender("Sergei"));
    assertTrue(w.is("accuse-verb", "accuse"));
    assertTrue(w.is("scare-marker", "so-called"));
    assertTrue(w.institutionalRole("Foreign Ministry spokesman"));
    assertTrue(w.institutionalRole("commander of the armed forces"));
    assertFalse(w.institutionalRole("campaign manager"));
    assertEquals(java.util.Set.of("voice-words.tsv", "first-names.tsv"), w.hashes().keySet());
    assertThrows(IllegalArgumentException.class, () -> w.is("no-such-list", "x"));
  }

  @Test
  void badFilesNameFileAndLine(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("lexicons", "first-names.tsv"), dir.resolve("first-names.tsv"));
    String good = Files.readString(Path.of("lexicons", "voice-words.tsv"));
    Files.writeString(dir.resolve("voice-words.tsv"), good + "zz.\thonorific\t\tx\t\n");
    InputException e = assertThrows(InputException.class, () -> VoiceWords.fromLexicons(dir));
    assertTrue(e.getMessage().contains("voice-words.tsv:") && e.getMessage().contains("gender"), e.getMessage());
    Files.writeString(dir.resolve("voice-words.tsv"), good + "mr\thonorific\t\t\t\n");
    e = assertThrows(InputException.class, () -> VoiceWords.fromLexicons(dir));
    assertTrue(e.getMessage().contains("twice"), e.getMessage());
    Files.writeString(dir.resolve("voice-words.tsv"), good + "xyz\tweird\t\t\t\n");
    e = assertThrows(InputException.class, () -> VoiceWords.fromLexicons(dir));
    assertTrue(e.getMessage().contains("unknown category"), e.getMessage());
  }
}
