package org.framescope.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.framescope.model.InputException;
import org.framescope.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconImporterTest {
  static final Path RES = Path.of("src/test/resources/lexicon");
  @TempDir
  Path dir;

  static List<String> match(Lexicon lex, String text) {
    return LexiconMatcher.of(lex).match(TestSentences.of(text)).stream()
        .map(s -> s.text() + "|" + s.category()).collect(Collectors.toList());
  }

  @Test
  void liwcDic() throws Exception {
    Lexicon lex = new LiwcDicImporter().read(RES.resolve("sample.dic"));
    assertEquals(List.of("liwc:money", "liwc:negemo", "liwc:posemo"), List.copyOf(lex.categories().keySet()));
    assertEquals("sample", lex.name());
    assertTrue(lex.source().startsWith("lexicon:sample.dic@sha256-"), lex.source());
    assertEquals(java.util.Map.of("liwc:posemo", 4, "liwc:negemo", 2, "liwc:money", 2), lex.counts());
    assertEquals(List.of("abandoned|liwc:negemo", "happy|liwc:posemo", "cash|liwc:money", "kind of|liwc:posemo"),
        match(lex, "abandoned happy cash kind of"));
  }

  @Test
  void liwcErrorsNameTheLine() throws Exception {
    Path bad = TestSentences.write(dir, "bad.dic", "%", "1\tposemo", "%", "happy\t1", "sad\t7");
    InputException e = assertThrows(InputException.class, () -> new LiwcDicImporter().read(bad));
    assertTrue(e.getMessage().contains("bad.dic:5") && e.getMessage().contains("unknown category id 7"), e.getMessage());
    Path noHeader = TestSentences.write(dir, "nohead.dic", "happy\t1");
    assertTrue(assertThrows(InputException.class, () -> new LiwcDicImporter().read(noHeader)).getMessage()
        .contains("nohead.dic:1"));
    Path noId = TestSentences.write(dir, "noid.dic", "%", "1\tposemo", "%", "happy");
    assertTrue(assertThrows(InputException.class, () -> new LiwcDicImporter().read(noId)).getMessage()
        .contains("noid.dic:4"));
  }

  @Test
  void quantedaYaml() throws Exception {
    Lexicon lex = new QuantedaYamlImporter().read(RES.resolve("sample.yml"));
    assertEquals(List.of("dict:economy.negative", "dict:economy.positive", "dict:politics", "dict:security",
        "dict:security.nested"), List.copyOf(lex.categories().keySet()));
    assertEquals(List.of("growing|dict:economy.positive", "Job losses|dict:economy.negative", "vote|dict:politics",
        "tank|dict:security.nested"), match(lex, "growing Job losses vote tank"));
    LexiconEntry grow = lex.entries().get(0);
    assertTrue(grow.prefix());
    assertEquals(3, grow.line());
  }

  @Test
  void quantedaErrorsNameTheLine() throws Exception {
    Path q = TestSentences.write(dir, "q.yml", "economy:", "  - gr?w", "");
    InputException e = assertThrows(InputException.class, () -> new QuantedaYamlImporter().read(q));
    assertTrue(e.getMessage().contains("q.yml:2") && e.getMessage().contains("'?'"), e.getMessage());
    Path list = TestSentences.write(dir, "list.yml", "- a", "- b");
    assertTrue(assertThrows(InputException.class, () -> new QuantedaYamlImporter().read(list)).getMessage()
        .contains("must be a mapping"));
    Path inner = TestSentences.write(dir, "inner.yml", "x:", "  - a*b");
    assertTrue(assertThrows(InputException.class, () -> new QuantedaYamlImporter().read(inner)).getMessage()
        .contains("inner.yml:2"));
  }

  @Test
  void mpqaTff() throws Exception {
    Lexicon lex = new MpqaTffImporter().read(RES.resolve("sample.tff"));
    assertEquals(6, lex.entries().size(), "exact duplicate dropped");
    LexiconEntry abandoned = lex.entries().get(0);
    assertEquals(-1, abandoned.valence());
    assertEquals(2, abandoned.intensity());
    assertEquals(List.of("JJ"), abandoned.pos());
    LexiconEntry able = lex.entries().get(3);
    assertEquals(0, able.valence());
    assertEquals(1, able.intensity());
    assertEquals(List.of(), lex.entries().get(5).pos());
    List<Span> spans = LexiconMatcher.of(lex).match(TestSentences.tagged("an/DT admirable/JJ but/CC abandoned/VBN/abandon plan/NN"));
    assertEquals(List.of("admirable", "abandoned"), spans.stream().map(Span::text).collect(Collectors.toList()));
    assertEquals(1, spans.get(0).valence());
    assertEquals(-1, spans.get(1).valence());
    Path bad = TestSentences.write(dir, "bad.tff", "type=strongsubj len=1 word1=x pos1=adj priorpolarity=negative",
        "type=medium len=1 word1=y pos1=adj priorpolarity=negative");
    InputException e = assertThrows(InputException.class, () -> new MpqaTffImporter().read(bad));
    assertTrue(e.getMessage().contains("bad.tff:2") && e.getMessage().contains("unknown type"), e.getMessage());
  }

  @Test
  void wordList() throws Exception {
    Lexicon lex = new WordListImporter("loaded", "caller's category", -1, 2).read(RES.resolve("words.txt"));
    assertEquals(3, lex.entries().size());
    assertEquals("caller's category", lex.categories().get("loaded"));
    List<Span> spans = LexiconMatcher.of(lex).match(TestSentences.of("An awful power grab, abandoning all"));
    assertEquals(List.of("awful", "power grab", "abandoning"), spans.stream().map(Span::text).collect(Collectors.toList()));
    assertEquals(2, spans.get(0).intensity());
    Path bad = TestSentences.write(dir, "bad.txt", "ok", "*");
    InputException e = assertThrows(InputException.class, () -> new WordListImporter("x", "y").read(bad));
    assertTrue(e.getMessage().contains("bad.txt:2"), e.getMessage());
    assertThrows(InputException.class, () -> new WordListImporter("x", "y").read(dir.resolve("missing.txt")));
    assertTrue(Files.exists(RES.resolve("words.txt")));
  }
}
