package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasilCorpusTest {
  @Test
  void readsFixtureSortedWithFileNameIdsAndFoldedLabels() throws Exception {
    List<BasilArticle> all = BasilCorpus.load(Results.FIXTURE);
    assertEquals(6, all.size());
    assertEquals(List.of("fox", "hpo", "nyt", "fox", "hpo", "nyt"), all.stream().map(BasilArticle::source).toList());
    BasilArticle fox = all.get(0);
    assertEquals("aaaaaaaa-0000-0000-0000-000000000001_1", fox.id());
    assertEquals("aaaaaaaa-0000-0000-0000-000000000001", fox.triplet());
    assertEquals("Fox News", fox.outlet());
    assertEquals("2020-03-01", fox.date());
    assertEquals(Map.of("Ann Example", "neg", "Republicans", "neu"), fox.authorFeelings());
    assertEquals("neg", fox.mainEventFeeling());
    assertEquals(2, fox.lexicalCount());
    assertEquals(1, fox.informationalCount());
    assertTrue(fox.phrases().get(1).quoted());
    assertEquals("other anti", fox.phrases().get(1).speaker());
    assertEquals("The council voted on the budget on Monday. Mayor Ann Example called it a disaster.\n\n"
        + "Critics said the plan was reckless.", fox.body());
    // upper-case source and a duplicated "empty" uuid: ids still unique
    BasilArticle hpo = all.get(1);
    assertEquals("HuffPost", hpo.outlet());
    assertEquals("neg", hpo.authorFeelings().get("Republicans"));
    assertEquals("aaaaaaaa-0000-0000-0000-000000000001_3", hpo.id());
    assertEquals("bbbbbbbb-0000-0000-0000-000000000002_3", all.get(4).id());
    assertNull(all.get(3).date());
  }

  @Test
  void rawDocumentCarriesOutletDateAndTripletAsEvent() throws Exception {
    BasilArticle a = BasilCorpus.load(Results.FIXTURE).get(2);
    RawDocument d = BasilCorpus.toRawDocument(a);
    assertEquals("New York Times", d.outlet());
    assertEquals(a.triplet(), d.meta().event());
    assertEquals(RawDocument.Format.TEXT, d.format());
    assertEquals(a.body(), d.content());
  }

  @Test
  void missingAnnotationAndBadLabelsAreInputErrors(@TempDir Path tmp) throws Exception {
    Path art = tmp.resolve("articles/2020");
    Files.createDirectories(art);
    Files.createDirectories(tmp.resolve("annotations/2020"));
    Path src = Results.FIXTURE.resolve("articles/2020/bbbbbbbb-0000-0000-0000-000000000002_1.json");
    Files.copy(src, art.resolve("t_1.json"));
    InputException e = assertThrows(InputException.class, () -> BasilCorpus.load(tmp));
    assertTrue(e.getMessage().contains("t_1_ann.json"), e.getMessage());
    Files.writeString(tmp.resolve("annotations/2020/t_1_ann.json"),
        "{\"article-level-annotations\":{\"author_feeling_X\":\"angry\"},\"phrase-level-annotations\":[]}");
    e = assertThrows(InputException.class, () -> BasilCorpus.load(tmp));
    assertTrue(e.getMessage().contains("angry"), e.getMessage());
    assertFalse(BasilCorpus.present(tmp.resolve("nothing")));
    assertThrows(InputException.class, () -> BasilCorpus.load(tmp.resolve("nothing")));
  }
}
