package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.framescope.model.AttributionSpans;
import org.framescope.model.InputException;
import org.framescope.model.TextRange;
import org.junit.jupiter.api.Test;

/** BRAT standoff of PolNeAR on a hand-made compartment (src/test/resources/eval/polnear, our own text). */
class PolnearCorpusTest {
  private static final Path DIR = Path.of("src", "test", "resources", "eval", "polnear");

  private static String cut(String text, List<TextRange> rs) {
    StringBuilder b = new StringBuilder();
    for (TextRange r : rs) {
      b.append(b.length() == 0 ? "" : "|").append(text, r.begin(), r.end());
    }
    return b.toString();
  }

  @Test
  void readsAttributionsOfEveryAnnotatorOntoTheParagraphText() throws Exception {
    PolnearCorpus.Compartment c = PolnearCorpus.read(DIR);
    assertEquals(1, c.articles().size());
    PolnearCorpus.Article a = c.articles().get(0);
    assertEquals("sample_2016-01-01_talks", a.id());
    // the single line break became a paragraph break; the blank line stays as it is
    assertEquals("Officials said the talks failed.\n\nThe minister added: “We will not sign.”\n\nIt is said that rain "
        + "will come.", a.text());
    assertEquals(List.of("aaaa", "bbbb"), a.annotations().stream().map(PolnearCorpus.Annotation::annotator).toList());
    List<AttributionSpans> first = a.annotations().get(0).attributions();
    assertEquals(3, first.size());
    assertEquals("Officials", cut(a.text(), first.get(0).source()));
    assertEquals("said", cut(a.text(), first.get(0).cue()));
    assertEquals("the talks failed", cut(a.text(), first.get(0).content()));
    assertEquals("“We will not sign.”", cut(a.text(), first.get(1).content()));
    // Attribution-no-source without a Cue role: the anchor is the cue, the source is empty
    assertTrue(first.get(2).source().isEmpty());
    assertEquals("said", cut(a.text(), first.get(2).cue()));
    assertEquals("that rain will come", cut(a.text(), first.get(2).content()));
    // a discontinuous range whose covered text runs over two lines; Discard spans are ignored
    List<AttributionSpans> second = a.annotations().get(1).attributions();
    assertEquals(1, second.size());
    assertEquals("the talks|We will not sign", cut(a.text(), second.get(0).content()));
    assertEquals(3 + 1, c.attributionCount());
    assertEquals(64, c.sha256().length());
  }

  @Test
  void badStandoffNamesFileAndLine() {
    InputException e = assertThrows(InputException.class,
        () -> PolnearCorpus.parse("x.ann", "T1\tCue 0 99\tsaid\n", 20));
    assertTrue(e.getMessage().contains("x.ann:1") && e.getMessage().contains("outside the text"), e.getMessage());
    e = assertThrows(InputException.class, () -> PolnearCorpus.parse("x.ann", "E1\tAttribution:T7 Cue:T8\n", 20));
    assertTrue(e.getMessage().contains("unknown annotation T7"), e.getMessage());
    e = assertThrows(InputException.class, () -> PolnearCorpus.parse("x.ann", "T1\tCue zero\tsaid\n", 20));
    assertTrue(e.getMessage().contains("malformed"), e.getMessage());
  }

  @Test
  void missingTextFolderIsAnInputError() {
    assertThrows(InputException.class, () -> PolnearCorpus.read(DIR.resolve("text")));
  }

  @Test
  void paragraphMapKeepsEveryCharacter() {
    Object[] r = PolnearCorpus.paragraphs("a\nb\n\nc\n  \nd\n");
    String t = (String) r[0];
    int[] map = (int[]) r[1];
    assertEquals("a\n\nb\n\nc\n  \nd\n", t);
    String old = "a\nb\n\nc\n  \nd\n";
    for (int i = 0; i < old.length(); i++) {
      assertEquals(old.charAt(i), t.charAt(map[i]), "char " + i);
    }
  }
}
