package org.framescope.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.framescope.model.InputException;
import org.framescope.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real lexicons under lexicons/ (the project's own data files). */
class FramingLexiconsTest {
  static FramingLexicons lex;

  @BeforeAll
  static void load() throws Exception {
    lex = FramingLexicons.load(Path.of("lexicons"));
  }

  static Set<String> found(String text) {
    return lex.match(TestSentences.of(text)).stream().map(s -> s.category() + ":" + s.text())
        .collect(Collectors.toSet());
  }

  @Test
  void everyFileLoadsWithHashes() {
    assertEquals(Set.of("loaded.tsv", "labels.tsv", "hedges.tsv", "frames.tsv", "stop-phrases.tsv"), lex.hashes().keySet());
    lex.hashes().values().forEach(h -> assertTrue(h.matches("[0-9a-f]{64}"), h));
  }

  @Test
  void sizesAreWhatTheDocsPromise() {
    Lexicon loaded = lex.lexicons().get(0);
    assertTrue(loaded.entries().size() >= 600, "loaded: " + loaded.entries().size());
    Lexicon labels = lex.lexicons().get(1);
    Set<String> groups = new HashSet<>();
    labels.entries().forEach(e -> groups.add(e.group().substring(0, e.group().indexOf(':'))));
    assertTrue(groups.size() >= 60, "label groups: " + groups.size());
    Lexicon frames = lex.lexicons().get(3);
    for (String f : Lexicon.FRAMES) {
      if (!f.equals("other")) {
        assertTrue(frames.counts().getOrDefault("frame:" + f, 0) >= 30, f);
      }
    }
    for (String c : List.of("hedge", "distancing", "intensifier", "assertive", "factive")) {
      assertTrue(lex.lexicons().get(2).counts().getOrDefault(c, 0) >= 30, c);
    }
  }

  @Test
  void categoryDefinitionsCoverEveryCategory() {
    var defs = lex.categoryDefinitions();
    for (String c : List.of("loaded", "label", "hedge", "distancing", "intensifier", "assertive", "factive",
        "frame:economic", "frame:security_defense", "frame:other")) {
      assertTrue(defs.containsKey(c) && !defs.get(c).isBlank(), c);
    }
  }

  @Test
  void eachCategoryMatchesInASentence() {
    Set<String> f = found("The heinous regime reportedly launched a so-called special military operation, "
        + "an extremely costly war that clearly revealed its weakness.");
    for (String want : List.of("loaded:heinous", "label:regime", "hedge:reportedly", "distancing:so-called",
        "label:special military operation", "intensifier:extremely", "frame:economic:costly",
        "frame:security_defense:war", "assertive:clearly", "factive:revealed")) {
      assertTrue(f.contains(want), want + " not in " + f);
    }
  }

  @Test
  void labelsReportGroupAndSide() {
    List<Span> spans = lex.match(TestSentences.of("Shelling hit Kiev and Kharkiv overnight."));
    List<String> groups = spans.stream().filter(s -> s.category().equals("label")).map(Span::group)
        .collect(Collectors.toList());
    assertEquals(List.of("ua-kyiv:kiev", "ua-kharkiv:kharkiv"), groups);
    assertTrue(found("Ankara said Turkey would not").contains("label:Turkey"));
    assertTrue(!found("a roast turkey dinner").contains("label:turkey"));
    assertTrue(found("illegal immigrants crossed").contains("label:illegal immigrants"));
    assertTrue(!found("illegal immigrants crossed").contains("label:illegal"));
  }

  @Test
  void modalMayIsCaseSensitive() {
    assertTrue(found("It may have been a mistake").contains("hedge:may have"));
    assertTrue(!found("In May 2024 Theresa May spoke").stream().anyMatch(s -> s.startsWith("hedge:")));
  }

  @Test
  void missingDirectoryOrFilesFail(@TempDir Path dir) throws Exception {
    assertThrows(InputException.class, () -> FramingLexicons.load(dir.resolve("nope")));
    InputException e = assertThrows(InputException.class, () -> FramingLexicons.load(dir));
    assertTrue(e.getMessage().contains("no framing lexicon file"), e.getMessage());
    Files.writeString(dir.resolve("hedges.tsv"), "#! name: hedges\n#! version: 1.0.0\n#! licence: x\n"
        + "#! description: d\n#! category hedge: h\n#! columns: entry, category\nmaybe\thedge\n");
    FramingLexicons one = FramingLexicons.load(dir);
    assertEquals(Set.of("hedges.tsv"), one.hashes().keySet());
    assertEquals(1, one.match(TestSentences.of("maybe so")).size());
  }
}
