package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framescope.ingest.FetchPolicy;
import org.framescope.ingest.Ingestor;
import org.framescope.model.ArticleResult;
import org.framescope.model.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How analyze reads what users give it: stdin, URLs with and without --fetch, files. */
class InputsTest {
  @TempDir
  Path out;

  private final StringWriter err = new StringWriter();

  private Inputs resolve(List<String> given, boolean fetch, FetchPolicy policy, String stdin) throws Exception {
    return Inputs.resolve(given, fetch, policy, out, new PrintWriter(err, true),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void urlWithoutFetchSaysHowToGetIt() throws Exception {
    Inputs in = resolve(List.of("https://example.org/story"), false, FetchPolicy.defaults(), "");
    assertEquals(1, in.failed());
    assertTrue(err.toString().contains("https://example.org/story: a URL; add --fetch"), err.toString());
    assertTrue(err.toString().contains("save the page"), err.toString());
  }

  @Test
  void stdinIsReadOnceAndPathsPassThrough() throws Exception {
    Inputs in = resolve(List.of("-", "a.html", "-"), false, FetchPolicy.defaults(), "The port was hit.");
    assertEquals(List.of(Path.of("a.html")), in.paths());
    assertEquals(1, in.refs().size());
    assertEquals(Ingestor.Kind.STDIN, in.refs().get(0).kind());
    assertEquals(1, in.failed());
    assertTrue(err.toString().contains("standard input given twice"));
    assertEquals(1, resolve(List.of("-"), false, FetchPolicy.defaults(), "").failed(), "empty stdin");
  }

  @Test
  void fetchedPageIsSavedAndItsOriginRecorded() throws Exception {
    byte[] page = "<html><body><p>The port was hit.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/story", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.sendResponseHeaders(200, page.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(page);
      }
    });
    server.createContext("/away", ex -> {
      ex.getResponseHeaders().add("Location", "http://192.168.0.1/story");
      ex.sendResponseHeaders(301, -1);
      ex.close();
    });
    server.start();
    try {
      String base = "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
      FetchPolicy policy = FetchPolicy.defaults().withException(server.getAddress());
      Inputs in = resolve(List.of(base + "/story", base + "/away"), true, policy, "");
      assertEquals(1, in.failed(), err.toString());
      assertTrue(err.toString().contains("refused: 192.168.0.1"), err.toString());
      Path saved = in.refs().get(0).path();
      assertTrue(saved.startsWith(out.resolve("fetched")), saved.toString());
      assertArrayEquals(page, Files.readAllBytes(saved));
      Provenance p = new Provenance("0", "0", List.of(), Map.of(), Map.of(), Map.of(), "sha");
      ArticleResult r = new ArticleResult(ArticleResult.SCHEMA, "x", saved.toString(), "", "", null, null, null, null,
          null, null, "b", List.of(), List.of(), List.of(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
          List.of(), p);
      ArticleResult o = in.withOrigin(r);
      assertEquals(base + "/story", o.source());
      assertEquals(base + "/story", o.provenance().input().get("url"));
      assertEquals(saved.toString(), o.provenance().input().get("savedAs"));
    } finally {
      server.stop(0);
    }
  }
}
