package org.framescope.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.framescope.ingest.JsonRecordReader;
import org.framescope.model.CleanText;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Text that is already the article (corpus records, stdin) loses nothing without positive evidence. */
class RecordTextTest {
  private static CleanText clean(RawDocument d) {
    return new BoilerplateRemover().clean(d);
  }

  private static List<RawDocument> jsonl(String text) {
    List<InputException> errors = new java.util.ArrayList<>();
    List<RawDocument> docs = JsonRecordReader.readJsonl("t.jsonl", "t", text, errors::add);
    assertTrue(errors.isEmpty(), errors::toString);
    return docs;
  }

  @Test
  void aOneSentenceRecordKeepsItsSentence() {
    RawDocument d = jsonl("{\"id\":\"a\",\"title\":\"Port hit\",\"text\":\"The port of Odesa was hit by drones overnight.\"}").get(0);
    assertEquals(RawDocument.Format.RECORD, d.format());
    CleanText c = clean(d);
    assertEquals("The port of Odesa was hit by drones overnight.", c.body());
    assertTrue(c.removed().isEmpty(), c.removed()::toString);
    assertFalse(c.flags().contains("no article text found"));
  }

  /** Clean records of the kinds a corpus holds: every sentence and line of them must survive. */
  @Test
  void aCorpusOfCleanRecordsLosesNoSentence() {
    String[] texts = {
        "Talks resumed.",
        "The minister resigned on Friday.\\nHis deputy takes over.",
        "Officials said:\\n- schools stay closed\\n- buses run on Sunday timetables\\n- hospitals are open",
        "Three people were hurt\\nPolice closed the road",
        "Home secretary defends plan\\nThe home secretary defended the plan in parliament on Monday.",
        "Search and rescue teams found two survivors.\\nSearch teams resume work at dawn",
        "Short paragraph one.\\n\\nShort paragraph two.\\n\\nA third, with a quote: \\\"We will rebuild.\\\"",
        "BREAKING NEWS is a phrase the agency avoided.\\nPrices rose 3% in May",
        "• Grain exports fell\\n• Insurance premiums rose\\n• Two cranes were damaged",
        "Kyiv\\nThe city was quiet on Tuesday morning, residents said.",
    };
    StringBuilder corpus = new StringBuilder();
    for (int i = 0; i < texts.length; i++) {
      corpus.append("{\"id\":\"r").append(i).append("\",\"title\":\"Record ").append(i).append("\",\"text\":\"")
          .append(texts[i]).append("\"}\n");
    }
    List<RawDocument> docs = jsonl(corpus.toString());
    assertEquals(texts.length, docs.size());
    for (RawDocument d : docs) {
      CleanText c = clean(d);
      for (String line : d.content().split("\n")) {
        if (!line.isBlank()) {
          assertTrue(c.body().contains(line.strip()), () -> d.id() + " lost '" + line + "': " + c.removed());
        }
      }
      assertTrue(c.removed().isEmpty(), () -> d.id() + " removed " + c.removed());
    }
  }

  @Test
  void linesGoOnlyOnPositiveEvidence() {
    String text = String.join("\n", "Share on Facebook", "The port was hit by several drones overnight.",
        "Photo: Cranes at the port (Reuters)", "Advertisement", "Repairs will take weeks, officials said.",
        "Advertisement", "Tags: Ukraine, shipping", "3 Comments", "This is outrageous!", "Reply");
    CleanText c = clean(new RawDocument("r", "r.jsonl#1", "Port hit", "", null, null, null, text,
        RawDocument.Format.RECORD, null, "0".repeat(64)));
    assertEquals("The port was hit by several drones overnight.\n\nRepairs will take weeks, officials said.", c.body());
    assertTrue(c.removed().stream().anyMatch(r -> r.reason().equals("share")));
    assertTrue(c.removed().stream().anyMatch(r -> r.reason().equals("caption")));
    assertTrue(c.removed().stream().anyMatch(r -> r.reason().equals("tags")));
    assertTrue(c.removed().stream().anyMatch(r -> r.reason().equals("comments") && r.text().contains("outrageous")));
  }

  @Test
  void aRecordWithNoTextLeftIsFlagged() {
    CleanText c = clean(new RawDocument("r", "r.jsonl#1", "", "", null, null, null, "Share\nAdvertisement",
        RawDocument.Format.RECORD, null, "0".repeat(64)));
    assertEquals("", c.body());
    assertTrue(c.flags().contains("no article text found"));
  }

  @Test
  void aGluedSpamListAfterTheLastSentenceGoes() {
    CleanText c = clean(new RawDocument("r", "r.jsonl#1", "", "", null, null, null,
        "Prices rose for the third month in a row, the agency said.- Ultimate Guide To Cheap Flights\n"
            + "- Best Casino Bonus Codes Today", RawDocument.Format.RECORD, null, "0".repeat(64)));
    assertEquals("Prices rose for the third month in a row, the agency said.", c.body());
    assertTrue(c.removed().stream().allMatch(r -> r.reason().equals("spam-links")), c.removed()::toString);
  }
}
