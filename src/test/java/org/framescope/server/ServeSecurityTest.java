package org.framescope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.framescope.ingest.OutletRegistry;
import org.framescope.io.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's safety rules, over HTTP with a light analyzer (no CoreNLP): foreign Origin and Host refused, a 50 MB
 * paste gets a clear error, URLs to loopback and private addresses are refused, the Content-Security-Policy is
 * sent, hostile text comes back escaped, the API wants JSON, a full pool says so, and the default server cannot be
 * reached on a non-loopback address. ServeBrowserTest checks in Chromium that hostile text does not run.
 */
class ServeSecurityTest {
  static LightAnalyzer analyzer;
  static FramescopeServer server;
  static String base;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void start() throws Exception {
    analyzer = new LightAnalyzer();
    // one worker and one waiting place, so that three requests at once fill the pool (aFullPoolSaysSo...)
    ServerConfig c = ServerConfig.defaults().withPort(0).withWorkers(1, 1);
    server = FramescopeServer.start(c, new AnalysisService(analyzer, OutletRegistry.empty(), c));
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> postJson(String path, String json, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A multipart form post of the input page's fields. */
  static HttpResponse<String> postForm(List<String[]> fields, String... headers) throws Exception {
    return postForm(fields, java.util.Map.of(), headers);
  }

  /** A multipart form post of fields and uploaded files (field name to {file name, bytes}). */
  static HttpResponse<String> postForm(List<String[]> fields, java.util.Map<String, Object[]> files,
                                       String... headers) throws Exception {
    String boundary = "----framescope-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String[] f : fields) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.write(f[1].getBytes(StandardCharsets.UTF_8));
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    for (java.util.Map.Entry<String, Object[]> f : new java.util.TreeMap<>(files).entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"; filename=\""
          + f.getValue()[0] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write((byte[]) f.getValue()[1]);
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/analyze"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyResponseCarriesAStrictContentSecurityPolicy() throws Exception {
    for (HttpResponse<String> r : List.of(get("/"), get("/api/status"), get("/assets/framescope.css"),
        postJson("/api/analyze", "{}"))) {
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'none'") && csp.contains("style-src 'self'"), csp);
      assertFalse(csp.contains("script-src"), "no script source at all: " + csp);
      assertFalse(csp.contains("unsafe-inline"), csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
      // no-referrer would make Chromium send "Origin: null" with the page's own form (ServeBrowserTest)
      assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""));
    }
    Document d = Jsoup.parse(get("/").body());
    assertEquals(0, d.select("script, [style], style").size(), "the pages need no script and no inline style");
  }

  @Test
  void aForeignOriginIsRefused() throws Exception {
    HttpResponse<String> r = postForm(List.of(new String[] {"text-1", "Police acted."}, new String[] {"action",
        "analyze"}), "Origin", "https://evil.example");
    assertEquals(403, r.statusCode());
    assertTrue(r.body().contains("came from another site"), r.body());
    assertEquals(403, postJson("/api/analyze", "{\"text\":\"Police acted.\"}", "Origin", "null").statusCode());
    assertEquals(403, postJson("/api/compare", "{\"articles\":[]}", "Origin", "http://127.0.0.1:1").statusCode());
    // the page's own origin is fine
    assertEquals(200, postJson("/api/analyze", "{\"text\":\"Police acted.\"}", "Origin", base).statusCode());
  }

  /**
   * A page saved from an older site is often windows-1252: it is read as such and the reader told, never turned
   * into replacement characters; a file that is not text is named, and the other article is not analysed alone.
   */
  @Test
  void uploadsInALegacyEncodingAreReadAndSaid() throws Exception {
    byte[] legacy = "The minister\u2019s aide said the port would reopen.".getBytes(java.nio.charset.Charset
        .forName("windows-1252"));
    HttpResponse<String> r = postForm(List.<String[]>of(new String[] {"action", "analyze"}), java.util.Map.of(
        "file-1", new Object[] {"old.txt", legacy}, "file-2", new Object[] {"photo.html", new byte[] {1, 0, 2, 0}}));
    assertEquals(400, r.statusCode());
    Document d = Jsoup.parse(r.body());
    assertTrue(d.select("[role=alert]").text().contains("photo.html: binary file"), d.select("[role=alert]").text());
    assertTrue(d.text().contains("It is not UTF-8 and was read as windows-1252."), d.text());
    assertTrue(d.select("textarea[name=text-1]").text().contains("minister\u2019s aide"),
        d.select("textarea[name=text-1]").toString());
    assertFalse(r.body().contains("\uFFFD"), "no replacement characters");
  }

  @Test
  void aForeignHostHeaderIsRefused() throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET / HTTP/1.1\r\nHost: rebound.evil.example:" + server.port() + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 421"), answer.substring(0, Math.min(200, answer.length())));
    }
  }

  @Test
  void aFiftyMegabytePasteGetsAClearError() throws Exception {
    String big = "The regime lied again. ".repeat(50 * 1024 * 1024 / 23);
    HttpResponse<String> r = postForm(List.of(new String[] {"text-1", big}, new String[] {"action", "analyze"}));
    assertEquals(413, r.statusCode());
    Document d = Jsoup.parse(r.body());
    String alert = d.select("[role=alert]").text();
    assertTrue(alert.contains("too large") && alert.contains("8 MB") && alert.contains("50.0 MB"), alert);
    HttpResponse<String> api = postJson("/api/analyze", Json.mapper().writeValueAsString(java.util.Map.of("text", big)));
    assertEquals(413, api.statusCode());
    assertTrue(Json.mapper().readTree(api.body()).path("error").asText().contains("too large"), api.body());
  }

  @Test
  void urlsOnLoopbackOrPrivateAddressesAreRefused() throws Exception {
    for (String url : List.of("http://127.0.0.1:" + server.port() + "/", "http://localhost:" + server.port() + "/",
        "http://10.1.2.3/", "http://[::1]:" + server.port() + "/", "http://169.254.169.254/latest/meta-data/")) {
      HttpResponse<String> r = postJson("/api/analyze", "{\"url\":\"" + url + "\"}");
      assertEquals(400, r.statusCode(), url);
      String e = Json.mapper().readTree(r.body()).path("error").asText();
      assertTrue(e.contains("non-public address"), url + ": " + e);
    }
    HttpResponse<String> form = postForm(List.of(new String[] {"url-1", "http://10.0.0.8/story"},
        new String[] {"fetch", "1"}));
    assertEquals(400, form.statusCode());
    assertTrue(Jsoup.parse(form.body()).select("[role=alert]").text().contains("non-public address"));
    assertEquals(400, postJson("/api/analyze", "{\"url\":\"file:///etc/passwd\"}").statusCode());
  }

  @Test
  void hostileTextInEveryFieldComesBackEscaped() throws Exception {
    String x = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">";
    HttpResponse<String> one = postForm(List.of(new String[] {"title-1", "T " + x}, new String[] {"outlet-1", "O " + x},
        new String[] {"text-1", "The regime said " + x + " it was reckless."}, new String[] {"action", "analyze"}));
    assertEquals(200, one.statusCode(), one.body());
    HttpResponse<String> two = postForm(List.of(new String[] {"title-1", "A " + x}, new String[] {"outlet-1", x},
        new String[] {"text-1", "The regime " + x + " acted."}, new String[] {"title-2", "B " + x},
        new String[] {"outlet-2", "Wire " + x}, new String[] {"text-2", "The government " + x + " acted."},
        new String[] {"action", "analyze"}));
    assertEquals(200, two.statusCode(), two.body());
    HttpResponse<String> bad = postForm(List.of(new String[] {"date-1", x}, new String[] {"text-1", "x"},
        new String[] {"action", "analyze"}));
    assertEquals(400, bad.statusCode());
    for (HttpResponse<String> r : List.of(one, two, bad)) {
      Document d = Jsoup.parse(r.body());
      assertEquals(0, d.select("script, img, iframe, object, embed").size(), "markup in the input must stay text");
      assertEquals(0, d.select("[onerror], [onload], [onclick]").size());
      assertFalse(r.body().contains("<script"), "no script element");
    }
    assertTrue(Jsoup.parse(two.body()).text().contains("<script>window.pwned=1</script>"), "shown as text");
    JsonNode a = Json.mapper().readTree(postJson("/api/analyze", Json.mapper().writeValueAsString(
        java.util.Map.of("text", x + " story", "title", x))).body());
    assertTrue(a.path("title").asText().contains("<script>"), "the JSON keeps the text as data");
  }

  @Test
  void theApiWantsJsonAndGivesArticleAndReportJson() throws Exception {
    HttpResponse<String> text = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/analyze"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(415, text.statusCode());
    assertEquals(400, postJson("/api/analyze", "{\"text\":\"x\",\"evil\":1}").statusCode());
    JsonNode a = Json.mapper().readTree(postJson("/api/analyze", "{\"text\":\"Brutal thugs attacked the port.\","
        + "\"outlet\":\"Herald\",\"date\":\"2024-05-02\"}").body());
    assertEquals("framescope.article/1", a.path("schema").asText());
    assertEquals("Herald", a.path("outlet").asText());
    JsonNode b = Json.mapper().readTree(postJson("/api/analyze", "{\"text\":\"Police acted at the port.\","
        + "\"outlet\":\"Wire\"}").body());
    HttpResponse<String> cmp = postJson("/api/compare", "{\"articles\":[" + a + "," + b + "]}");
    assertEquals(200, cmp.statusCode(), cmp.body());
    JsonNode r = Json.mapper().readTree(cmp.body());
    assertEquals("framescope.compare/1", r.path("schema").asText());
    assertTrue(r.path("summary").size() > 0);
    assertEquals("outlet", r.path("groupBy").asText());
    JsonNode side = Json.mapper().readTree(postJson("/api/compare", "{\"articles\":[" + a + "," + b + "],"
        + "\"sideBySide\":true}").body());
    assertEquals("article", side.path("groupBy").asText());
    assertEquals("these-articles", side.path("events").path(0).path("id").asText());
    assertEquals(400, postJson("/api/compare", "{\"articles\":[" + a + "],\"sideBySide\":\"yes\"}").statusCode());
    assertEquals(400, postJson("/api/compare", "{\"articles\":[" + a + "],\"groupBy\":\"x\"}").statusCode());
    assertEquals(400, postJson("/api/analyze", "{\"text\":\"x\",\"date\":\"yesterday\"}").statusCode());
  }

  @Test
  void aFullPoolSaysSoInsteadOfStalling() throws Exception {
    analyzer.delayMillis = 1500;
    try {
      List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        calls.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/analyze"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                "{\"text\":\"Police acted " + i + ".\"}")).build(), HttpResponse.BodyHandlers.ofString()));
      }
      List<Integer> codes = new ArrayList<>();
      for (CompletableFuture<HttpResponse<String>> c : calls) {
        codes.add(c.get().statusCode());
      }
      Collections.sort(codes);
      assertEquals(200, codes.get(0));
      assertEquals(503, codes.get(2), codes.toString());
    } finally {
      analyzer.delayMillis = 0;
    }
  }

  @Test
  void whileLoadingThePageSaysSoAndAnalysesWait() throws Exception {
    analyzer.state = Analyzer.State.LOADING;
    try {
      Document d = Jsoup.parse(get("/").body());
      assertEquals("loading", d.selectFirst("#status").attr("data-state"));
      assertEquals("5", d.selectFirst("meta[http-equiv=refresh]").attr("content"));
      assertTrue(d.selectFirst("#analyze").hasAttr("disabled"));
      assertEquals(503, postJson("/api/analyze", "{\"text\":\"x\"}").statusCode());
      assertEquals("loading", Json.mapper().readTree(get("/api/status").body()).path("state").asText());
    } finally {
      analyzer.state = Analyzer.State.READY;
    }
  }

  @Test
  void theDefaultServerIsNotReachableOnANonLoopbackAddress() throws Exception {
    InetAddress other = null;
    for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress a : Collections.list(ni.getInetAddresses())) {
        if (!a.isLoopbackAddress() && a instanceof Inet4Address) {
          other = a;
        }
      }
    }
    Assumptions.assumeTrue(other != null, "this machine has no non-loopback IPv4 address to try");
    assertTrue(ServerConfig.defaults().loopback(), "127.0.0.1 by default");
    InetAddress target = other;
    assertThrows(ConnectException.class, () -> {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(target, server.port()), 3000);
      }
    }, "connected to " + other + ":" + server.port());
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", server.port()), 3000);
      assertTrue(s.isConnected());
    }
  }

  @Test
  void settingsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withPort(70000));
    assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withWorkers(0, 1));
    assertFalse(ServerConfig.defaults().withHost("0.0.0.0").loopback());
    assertTrue(ServerConfig.defaults().withHost("0.0.0.0").wildcard());
  }

  static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
