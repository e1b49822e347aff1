package org.framescope.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldIOTest {
  private static final String SHA = "0123456789abcdef".repeat(4);

  private static String doc(String id, String annotations) {
    return "{\"id\":\"" + id + "\",\"source\":\"" + id + ".txt\",\"textBasis\":\"raw\",\"textSha256\":\"" + SHA
        + "\",\"annotations\":[" + annotations + "]}";
  }

  private static String file(String... docs) {
    return "{\"schema\":\"framescope.gold/1\",\"annotator\":\"t\",\"documents\":[" + String.join(",", docs) + "]}";
  }

  private static List<GoldProblem> problems(String json) {
    List<GoldProblem> p = new ArrayList<>();
    GoldFile f = GoldIO.parse("g.json", json, p);
    if (!p.isEmpty()) {
      assertNull(f);
    }
    return p;
  }

  @Test
  void roundTripIsDeterministicAndSorted() throws Exception {
    String json = file(
        doc("b", "{\"begin\":5,\"end\":9,\"layer\":\"loaded\",\"label\":\"negative\"},"
            + "{\"begin\":0,\"end\":20,\"layer\":\"voice\",\"label\":\"quote\",\"attributes\":"
            + "{\"type\":\"government\",\"speaker\":\"Jane Roe\",\"country\":\"Ruritania\"}}"),
        doc("a", "{\"begin\":0,\"end\":3,\"layer\":\"hedge\",\"label\":\"hedge\"}"));
    List<GoldProblem> p = new ArrayList<>();
    GoldFile f = GoldIO.parse("g.json", json, p);
    assertTrue(p.isEmpty(), p.toString());
    assertNotNull(f);
    assertEquals(List.of("a", "b"), f.documents().stream().map(GoldDocument::id).toList());
    assertEquals(0, f.documents().get(1).annotations().get(0).begin());
    String out = GoldIO.toJson(f);
    GoldFile again = GoldIO.parse("g2.json", out, p);
    assertEquals(f, again);
    assertEquals(out, GoldIO.toJson(again));
    // attributes written sorted by key, one annotation per line
    assertTrue(out.contains("\"attributes\":{\"country\":\"Ruritania\",\"speaker\":\"Jane Roe\",\"type\":\"government\"}"),
        out);
    assertEquals(6, out.lines().filter(l -> l.trim().startsWith("{\"begin\"")).count() * 2);
  }

  @Test
  void writeAndReadFile(@TempDir Path dir) throws Exception {
    GoldFile f = new GoldFile("t", List.of(new GoldDocument("x", "x.txt", "body", SHA,
        List.of(new GoldAnnotation(1, 4, "sentence-bias", "biased")))));
    Path p = dir.resolve("sub/g.json");
    GoldIO.write(f, p);
    assertEquals(f, GoldIO.read(p));
    assertTrue(Files.readString(p, StandardCharsets.UTF_8).endsWith("}\n"));
  }

  @Test
  void errorsNameFileDocumentAndIndex() {
    List<GoldProblem> p = problems(file(doc("d1",
        "{\"begin\":0,\"end\":3,\"layer\":\"hedge\",\"label\":\"hedge\"},"
            + "{\"begin\":9,\"end\":3,\"layer\":\"hedge\",\"label\":\"hedge\"}")));
    assertEquals(1, p.size());
    assertEquals("g.json: document 'd1' annotation #1: bad offsets: begin=9 end=3", p.get(0).toString());
  }

  @Test
  void rejectsUnknownLayerLabelKeyAndAttribute() {
    assertTrue(problems(file(doc("d", "{\"begin\":0,\"end\":3,\"layer\":\"tone\",\"label\":\"x\"}")))
        .get(0).message().startsWith("unknown layer 'tone'"));
    assertTrue(problems(file(doc("d", "{\"begin\":0,\"end\":3,\"layer\":\"voice\",\"label\":\"narrator\"}")))
        .get(0).message().startsWith("label 'narrator' not allowed for layer voice"));
    assertTrue(problems(file(doc("d", "{\"begin\":0,\"end\":3,\"layer\":\"hedge\",\"label\":\"hedge\","
        + "\"text\":\"copied\"}"))).get(0).message().startsWith("unknown key(s): text"));
    assertTrue(problems(file(doc("d", "{\"begin\":0,\"end\":3,\"layer\":\"hedge\",\"label\":\"hedge\","
        + "\"attributes\":{\"colour\":\"red\"}}"))).get(0).message().startsWith("unknown attribute(s)"));
  }

  @Test
  void rejectsMissingRequiredAttributesAndBadVocabulary() {
    assertTrue(problems(file(doc("d", "{\"begin\":0,\"end\":3,\"layer\":\"voice\",\"label\":\"quote\"}")))
        .get(0).message().contains("requires attribute 'speaker'"));
    assertTrue(problems(file(doc("d", "{\"begin\":0,\"end\":3,\"layer\":\"stance\",\"label\":\"negative\"}")))
        .get(0).message().contains("requires attribute 'actor'"));
    assertTrue(problems(file(doc("d", "{\"begin\":0,\"end\":3,\"layer\":\"voice\",\"label\":\"quote\","
        + "\"attributes\":{\"speaker\":\"X\",\"type\":\"celebrity\"}}"))).get(0).message()
        .contains("type='celebrity' not allowed"));
    assertTrue(problems(file(doc("d", "{\"begin\":0,\"end\":3,\"layer\":\"voice\",\"label\":\"author\","
        + "\"attributes\":{\"speaker\":\"X\"}}"))).get(0).message().contains("author takes no speaker"));
    assertTrue(problems(file(doc("d", "{\"begin\":0,\"end\":3,\"layer\":\"attribution\",\"label\":\"neutral\","
        + "\"attributes\":{\"speaker\":\"X\",\"verb\":\"say\",\"kind\":\"quote\",\"verbBegin\":\"7\"}}")))
        .get(0).message().contains("both verbBegin and verbEnd"));
  }

  @Test
  void rejectsSchemaShaDuplicatesAndBadJson() {
    assertTrue(problems(file(doc("d", ""), doc("d", ""))).get(0).message().contains("duplicate document id"));
    assertTrue(problems(file(doc("d", "")).replace("framescope.gold/1", "framescope.gold/2")).get(0).message()
        .startsWith("schema must be"));
    assertTrue(problems(file(doc("d", "")).replace(SHA, "ABC")).get(0).message().startsWith("textSha256"));
    assertTrue(problems("{not json").get(0).message().startsWith("cannot read JSON"));
    assertTrue(problems(file(doc("d", "{\"begin\":\"0\",\"end\":3,\"layer\":\"hedge\",\"label\":\"hedge\"}")))
        .get(0).message().equals("begin must be an integer"));
  }

  @Test
  void readThrowsInputExceptionWithFileName(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("bad.json");
    Files.writeString(p, file(doc("d", "{\"begin\":0,\"end\":3,\"layer\":\"hedge\",\"label\":\"no\"}")));
    InputException e = assertThrows(InputException.class, () -> GoldIO.read(p));
    assertTrue(e.getMessage().startsWith(p + ": document 'd' annotation #0: label 'no'"), e.getMessage());
  }

  @Test
  void recordsValidateDirectly() {
    assertThrows(IllegalArgumentException.class, () -> new GoldAnnotation(-1, 2, "hedge", "hedge"));
    assertThrows(IllegalArgumentException.class, () -> new GoldDocument("d", "s", "clean", SHA, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new GoldFile(" ", List.of()));
    TreeMap<String, String> at = new TreeMap<>();
    at.put("actor", "Ruritania");
    assertEquals("Ruritania", new GoldAnnotation(0, 1, "stance", "neutral", at).attribute("actor"));
  }
}
