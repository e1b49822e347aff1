package org.framescope.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
  static final String COLS = "entry, category, valence, intensity, pos, flags, note";
  @TempDir
  Path dir;

  /** Header is 7 lines (name, version, licence, description, 1 category, match, columns): rows start at 8. */
  private InputException fails(String name, String columns, List<String> cats, String... rows) throws Exception {
    Path p = TestSentences.lexicon(dir, name + ".tsv", name, columns, cats, rows);
    return assertThrows(InputException.class, () -> Lexicon.load(p));
  }

  private static void assertAt(InputException e, String fileAndLine, String reasonPart) {
    assertTrue(e.getMessage().contains(fileAndLine), e.getMessage());
    assertTrue(e.getMessage().contains(reasonPart), e.getMessage());
  }

  @Test
  void loadsAValidFile() throws Exception {
    Path p = TestSentences.lexicon(dir, "loaded.tsv", "loaded", COLS, List.of("loaded"),
        "heinous\tloaded\t-1\t3\tJJ\t\t", "heroic\tloaded\t+1\t2\t\t\tpraise", "# comment", "",
        "power   grab\tloaded\t-1\t2\t\t\t");
    Lexicon lex = Lexicon.load(p);
    assertEquals("loaded", lex.name());
    assertEquals("1.0.0", lex.version());
    assertEquals("lexicon:loaded.tsv@1.0.0", lex.source());
    assertEquals(64, lex.sha256().length());
    assertEquals(3, lex.entries().size());
    LexiconEntry e = lex.entries().get(2);
    assertEquals(List.of("power", "grab"), e.tokens());
    assertEquals(12, e.line());
    assertEquals(1, lex.entries().get(1).valence());
    assertEquals("praise", lex.entries().get(1).note());
    assertEquals(List.of("JJ"), lex.entries().get(0).pos());
    assertEquals(java.util.Map.of("loaded", 3), lex.counts());
  }

  @Test
  void framesGetTheFramePrefix() throws Exception {
    Path p = TestSentences.lexicon(dir, "frames.tsv", "frames", "entry, category, pos, flags, note",
        List.of("economic"), "tax\teconomic\t\t\t");
    Lexicon lex = Lexicon.load(p);
    assertEquals("frame:economic", lex.entries().get(0).category());
    assertTrue(lex.categories().containsKey("frame:economic"));
  }

  @Test
  void labelsCarryGroupAndSide() throws Exception {
    Path p = TestSentences.lexicon(dir, "labels.tsv", "labels", "entry, category, group, side, flags, note",
        List.of("label"), "Kiev\tlabel\tua-kyiv\tkiev\tcs\tRussian-derived");
    LexiconEntry e = Lexicon.load(p).entries().get(0);
    assertEquals("ua-kyiv:kiev", e.group());
    assertTrue(e.caseSensitive());
    assertEquals(List.of("Kiev"), e.tokens());
  }

  @Test
  void rejectsUndeclaredCategory() throws Exception {
    InputException e = fails("custom", COLS, List.of("loaded"), "x\tloaded\t\t\t\t\t", "y\tmystery\t\t\t\t\t");
    assertAt(e, "custom.tsv:9", "unknown category 'mystery'");
  }

  @Test
  void rejectsCategoryNotAllowedForTheFileKind() throws Exception {
    InputException e = fails("hedges", "entry, category", List.of("hedge", "loaded"), "maybe\thedge",
        "awful\tloaded");
    assertTrue(e.getMessage().contains("hedges.tsv:10"), e.getMessage());
    assertTrue(e.getMessage().contains("not allowed"), e.getMessage());
  }

  @Test
  void rejectsDuplicates() throws Exception {
    InputException e = fails("loaded", COLS, List.of("loaded"), "Heinous\tloaded\t-1\t3\tJJ\t\t",
        "heinous \tloaded\t-1\t2\tJJ\t\t");
    assertAt(e, "loaded.tsv:9", "duplicate entry");
    assertTrue(e.getMessage().contains("first on line 8"), e.getMessage());
    // same entry with another POS is not a duplicate
    Path ok = TestSentences.lexicon(dir, "ok.tsv", "loaded", COLS, List.of("loaded"),
        "evil\tloaded\t-1\t3\tJJ\t\t", "evil\tloaded\t-1\t3\tNN\t\t");
    assertEquals(2, Lexicon.load(ok).entries().size());
  }

  @Test
  void rejectsMalformedValence() throws Exception {
    assertAt(fails("loaded", COLS, List.of("loaded"), "bad\tloaded\tneg\t1\t\t\t"), "loaded.tsv:8",
        "malformed valence 'neg'");
    assertAt(fails("loaded", COLS, List.of("loaded"), "bad\tloaded\t2\t1\t\t\t"), "loaded.tsv:8", "valence 2 out of range");
  }

  @Test
  void rejectsMalformedIntensity() throws Exception {
    assertAt(fails("loaded", COLS, List.of("loaded"), "ok\tloaded\t-1\t1\t\t\t", "bad\tloaded\t-1\thigh\t\t\t"),
        "loaded.tsv:9", "malformed intensity 'high'");
    assertAt(fails("loaded", COLS, List.of("loaded"), "bad\tloaded\t-1\t4\t\t\t"), "loaded.tsv:8",
        "intensity 4 out of range");
    assertAt(fails("loaded", COLS, List.of("loaded"), "bad\tloaded\t\t\t\t\t"), "loaded.tsv:8",
        "needs valence -1 or +1");
  }

  @Test
  void rejectsUnknownColumn() throws Exception {
    InputException e = fails("loaded", "entry, category, colour", List.of("loaded"), "x\tloaded\tred");
    assertAt(e, "loaded.tsv:7", "unknown column 'colour'");
  }

  @Test
  void rejectsUnknownFlagBadPosAndMisplacedWildcard() throws Exception {
    assertAt(fails("custom", COLS, List.of("c"), "x\tc\t\t\t\tloud\t"), "custom.tsv:8", "unknown flag 'loud'");
    assertAt(fails("custom", COLS, List.of("c"), "x\tc\t\t\tadj\t\t"), "custom.tsv:8", "bad POS constraint 'adj'");
    assertAt(fails("custom", COLS, List.of("c"), "a b c\tc\t\t\tJJ NN\t\t"), "custom.tsv:8", "POS constraints");
    assertAt(fails("custom", COLS, List.of("c"), "ab*c\tc\t\t\t\t\t"), "custom.tsv:8", "'*' is only allowed");
  }

  @Test
  void rejectsLabelWithoutGroup() throws Exception {
    InputException e = fails("labels", "entry, category, group, side", List.of("label"), "Kiev\tlabel\tua-kyiv\t");
    assertAt(e, "labels.tsv:8", "group and side");
    InputException e2 = fails("labels", "entry, category", List.of("label"), "Kiev\tlabel");
    assertAt(e2, "labels.tsv:7", "needs 'group' and 'side' columns");
  }

  @Test
  void rejectsTooManyCells() throws Exception {
    InputException e = fails("custom", "entry, category", List.of("c"), "x\tc\textra");
    assertAt(e, "custom.tsv:8", "at most 2");
  }
}
