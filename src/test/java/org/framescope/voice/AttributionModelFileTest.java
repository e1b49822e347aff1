package org.framescope.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.framescope.model.InputException;
import org.junit.jupiter.api.Test;

/** The attribution model file: deterministic bytes, and loading refuses what does not check out. */
class AttributionModelFileTest {
  private static AttributionModel tiny() {
    LinearScorer cue = new LinearScorer(Map.of("l:say", 2.5, "p:VBD", 0.25), -3, 0.3);
    LinearScorer src = new LinearScorer(Map.of("path:_nsubj", 3.0), -1, 0.15);
    LinearScorer unit = new LinearScorer(Map.of("d:down:ccomp", 2.0), -1, 0.35);
    ObjectNode prov = JsonNodeFactory.instance.objectNode();
    prov.put("seed", 42);
    return new AttributionModel("tiny", cue, src, unit, prov);
  }

  private static byte[] gunzip(byte[] b) throws Exception {
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
      return in.readAllBytes();
    }
  }

  private static byte[] gzip(byte[] b) throws Exception {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(o)) {
      gz.write(b);
    }
    return o.toByteArray();
  }

  @Test
  void roundTripIsByteIdenticalAndScoresAgree() throws Exception {
    byte[] a = tiny().toBytes();
    assertArrayEquals(a, tiny().toBytes());
    AttributionModel back = AttributionModel.read(a, "mem");
    assertArrayEquals(a, back.toBytes());
    assertEquals(tiny().cueScorer().probability(List.of("l:say", "p:VBD", "unknown")),
        back.cueScorer().probability(List.of("l:say", "p:VBD")), 1e-12);
    assertEquals(0.3, back.cueScorer().threshold(), 0);
    assertEquals(42, back.provenance().path("seed").asInt());
  }

  @Test
  void alteredContentIsRefused() throws Exception {
    String json = new String(gunzip(tiny().toBytes()), java.nio.charset.StandardCharsets.UTF_8);
    byte[] bad = gzip(json.replace("2.5", "9.5").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    InputException e = assertThrows(InputException.class, () -> AttributionModel.read(bad, "mem"));
    assertTrue(e.getMessage().contains("content hash mismatch"), e.getMessage());
  }

  @Test
  void wrongKindFeaturesOrFormatAreRefused() throws Exception {
    String json = new String(gunzip(tiny().toBytes()), java.nio.charset.StandardCharsets.UTF_8);
    byte[] kind = gzip(json.replace("\"kind\" : \"attribution\"", "\"kind\" : \"stance\"").getBytes());
    assertTrue(assertThrows(InputException.class, () -> AttributionModel.read(kind, "mem")).getMessage()
        .contains("expected 'attribution'"));
    byte[] feats = gzip(json.replace("\"version\" : \"" + AttributionFeatures.VERSION + "\"",
        "\"version\" : \"0\"").getBytes());
    assertTrue(assertThrows(InputException.class, () -> AttributionModel.read(feats, "mem")).getMessage()
        .contains("retrain"));
    assertThrows(InputException.class, () -> AttributionModel.read(json.getBytes(), "mem")); // not gzipped
  }

  @Test
  void shippedModelLoadsWithItsProvenance() throws Exception {
    AttributionModel m = AttributionModel.loadDefault();
    assertTrue(m.provenance().has("trainingDataSha256"), m.provenance()::toString);
    assertTrue(m.provenance().has("seed"));
    assertEquals(64, AttributionModel.resourceSha256().length());
  }

  @Test
  void thresholdOutsideTheOpenIntervalIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new LinearScorer(Map.of(), 0, 1.0));
    assertThrows(IllegalArgumentException.class, () -> new LinearScorer(Map.of(), 0, 0.0));
  }
}
