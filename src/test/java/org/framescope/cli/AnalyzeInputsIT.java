package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.framescope.resource.Hashing;
import org.framescope.io.Json;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** analyze with stdin, --fetch (against a loopback server started here), other languages and empty pages. */
@Tag("models")
class AnalyzeInputsIT {
  @TempDir
  Path dir;

  private static final String EN = "<html><head><title>Port hit</title></head><body><article><p>A drone attack set fire"
      + " to a grain terminal in the port overnight, regional officials said on Saturday, and two cranes were damaged."
      + "</p><p>Repairs will take several weeks, the port authority said in a statement on Sunday morning.</p>"
      + "</article></body></html>";
  private static final String DE = "<html><head><title>Hafen</title></head><body><article><p>Das Ministerium teilte am"
      + " Dienstag mit, dass der Hafen in der Nacht von mehreren Drohnen getroffen worden sei, wobei zwei Kräne"
      + " beschädigt wurden.</p><p>Die Behörden der Region erklärten, die Reparaturen würden Wochen dauern und der"
      + " Schiffsverkehr sei umgeleitet worden.</p></article></body></html>";

  @Test
  void oneArticleFromStdin() throws Exception {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream("The port of Odesa was hit by drones overnight.".getBytes(StandardCharsets.UTF_8)));
    try {
      AnalyzeCommandIT.Run r = AnalyzeCommandIT.run("analyze", "--profile", "fast", "-");
      assertEquals(0, r.exit(), r.err());
      JsonNode n = Json.mapper().readTree(r.out());
      assertEquals("The port of Odesa was hit by drones overnight.", n.get("body").asText());
      assertEquals(1, n.get("sentences").size());
      assertEquals("-", n.get("source").asText());
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void fetchedPageIsSavedAndRepeatableOffline() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] page = EN.getBytes(StandardCharsets.UTF_8);
    server.createContext("/story", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, page.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(page);
      }
    });
    server.start();
    String url = "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
        + "/story";
    try {
      AnalyzeCommandIT.Run refused = AnalyzeCommandIT.run("analyze", "--profile", "fast", "--fetch", url);
      assertEquals(2, refused.exit());
      assertTrue(refused.err().contains("refused") && refused.err().contains("--allow-private"), refused.err());
      AnalyzeCommandIT.Run noFetch = AnalyzeCommandIT.run("analyze", "--profile", "fast", url);
      assertTrue(noFetch.err().contains("add --fetch"), noFetch.err());

      Path out = dir.resolve("out");
      AnalyzeCommandIT.Run r = AnalyzeCommandIT.run("analyze", "--profile", "fast", "--fetch", "--allow-private",
          "--out", out.toString(), url);
      assertEquals(0, r.exit(), r.err());
      Path json;
      try (Stream<Path> s = Files.list(out)) {
        json = s.filter(p -> p.toString().endsWith(".json") && !p.endsWith("run.json")).findFirst().orElseThrow();
      }
      JsonNode n = Json.mapper().readTree(json.toFile());
      assertEquals(url, n.get("source").asText());
      JsonNode prov = n.get("provenance");
      assertEquals(url, prov.get("input").get("url").asText());
      Path saved = Path.of(prov.get("input").get("savedAs").asText());
      assertEquals(Hashing.sha256(page), prov.get("inputSha256").asText());
      assertEquals(Hashing.sha256(Files.readAllBytes(saved)), prov.get("inputSha256").asText());
      // Offline repeat on the saved file: the same body.
      AnalyzeCommandIT.Run again = AnalyzeCommandIT.run("analyze", "--profile", "fast", saved.toString());
      assertEquals(n.get("body").asText(), Json.mapper().readTree(again.out()).get("body").asText());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void otherLanguagesAreFlaggedAndEmptyPagesCountAsFailed() throws Exception {
    Path de = Files.writeString(dir.resolve("de.html"), DE);
    Path empty = Files.writeString(dir.resolve("menu.html"), "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a>"
        + "</nav></body></html>");
    Path en = Files.writeString(dir.resolve("en.html"), EN);
    AnalyzeCommandIT.Run r = AnalyzeCommandIT.run("analyze", "--profile", "fast", "--format", "jsonl", de.toString(),
        empty.toString(), en.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains(de + ": language:de"), r.err());
    assertTrue(r.err().contains(empty + ": no article text found"), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(3, lines.length);
    JsonNode d = Json.mapper().readTree(lines[0]);
    assertTrue(d.get("flags").toString().contains("language:de"));
    assertEquals(0, d.get("attributions").size());
    for (JsonNode s : d.get("sentences")) {
      assertEquals(0, s.get("spans").size());
      assertTrue(s.get("bias").isNull());
    }
    assertTrue(d.get("sentences").size() >= 2);
  }
}
