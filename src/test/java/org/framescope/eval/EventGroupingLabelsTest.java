package org.framescope.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate events} names its splits from the years in the data it is given, not from the years of the
 * BASIL release (issue 12, failure 7: it printed "2010-2016" for any folder).
 */
class EventGroupingLabelsTest {
  @TempDir
  Path dir;

  private void article(String year, String event, String name, String text) throws Exception {
    Path d = Files.createDirectories(dir.resolve("articles").resolve(year));
    Files.writeString(d.resolve(name + ".json"), "{\"triplet-uuid\":\"" + event + "\",\"date\":\"" + year
        + "-05-01\",\"body-paragraphs\":[[\"" + text + "\"]]}");
  }

  @Test
  void splitLabelsAreTheYearsFound() throws Exception {
    article("2001", "e1", "a", "The port strike went on as dock workers marched.");
    article("2001", "e1", "b", "Dock workers marched on the port in a strike.");
    article("2003", "e2", "c", "The election result was announced in the capital.");
    article("2005", "e3", "d", "Sanctions on tankers were widened by the ministry.");
    List<EventGroupingEvaluation.Split> splits = EventGroupingEvaluation.sweep(dir);
    assertEquals(List.of("all 2001-2005", "2001-2003", "2005"),
        splits.stream().map(EventGroupingEvaluation.Split::label).toList());
    assertEquals(List.of(4, 3, 1), splits.stream().map(EventGroupingEvaluation.Split::articles).toList());
    assertEquals(16, splits.get(0).rows().size(), "8 thresholds with and without the date window");
  }

  @Test
  void oneYearIsOneSplitAndNoArticlesIsAnInputError() throws Exception {
    article("1999", "e1", "a", "The port strike went on as dock workers marched.");
    assertEquals(List.of("all 1999"), EventGroupingEvaluation.sweep(dir).stream()
        .map(EventGroupingEvaluation.Split::label).toList());
    assertThrows(InputException.class, () -> EventGroupingEvaluation.sweep(dir.resolve("nothing")));
  }
}
