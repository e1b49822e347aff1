package org.framescope.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.framescope.model.InputException;
import org.framescope.resource.Hashing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching against a loopback HTTP server started here; no other address is ever connected to. */
class UrlFetcherTest {
  private static final String PAGE = "<html><head><title>Port hit</title></head><body><p>The port was hit.</p></body></html>";

  private HttpServer server;
  private InetSocketAddress address;
  private final AtomicInteger hits = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/page", ex -> respond(ex, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8), false));
    server.createContext("/chunked", ex -> respond(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8), true));
    server.createContext("/to-page", ex -> redirect(ex, "/page"));
    server.createContext("/to-private", ex -> redirect(ex, "http://10.20.30.40/page"));
    server.createContext("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
    server.createContext("/to-other-port", ex -> redirect(ex, "http://127.0.0.1:1/page"));
    server.createContext("/to-ftp", ex -> redirect(ex, "ftp://example.org/file"));
    server.createContext("/loop", ex -> redirect(ex, "/loop"));
    server.createContext("/big", ex -> respond(ex, 200, "text/html", new byte[200_000], true));
    server.createContext("/pdf", ex -> respond(ex, 200, "application/pdf", new byte[] {1, 2, 3}, false));
    server.createContext("/missing", ex -> respond(ex, 404, "text/html", "gone".getBytes(StandardCharsets.UTF_8), false));
    server.start();
    address = server.getAddress();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void respond(com.sun.net.httpserver.HttpExchange ex, int status, String type, byte[] body, boolean chunked)
      throws IOException {
    hits.incrementAndGet();
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, chunked ? 0 : body.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(body);
    }
  }

  private void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
    hits.incrementAndGet();
    ex.getResponseHeaders().add("Location", location);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private String url(String path) {
    return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + path;
  }

  /** Exactly this test's server is allowed; every other private address stays refused. */
  private UrlFetcher fetcher() {
    return new UrlFetcher(FetchPolicy.defaults().withException(address));
  }

  @Test
  void fetchesThePageWithItsHash() throws InputException {
    UrlFetcher.Fetched f = fetcher().fetch(url("/page"));
    assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), f.body());
    assertEquals(Hashing.sha256(PAGE.getBytes(StandardCharsets.UTF_8)), f.sha256());
    assertEquals(200, f.status());
    assertTrue(f.redirects().isEmpty());
  }

  @Test
  void readsChunkedResponses() throws InputException {
    assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), fetcher().fetch(url("/chunked")).body());
  }

  @Test
  void followsARedirectOnTheAllowedServer() throws InputException {
    UrlFetcher.Fetched f = fetcher().fetch(url("/to-page"));
    assertEquals(URI.create(url("/page")), f.url());
    assertEquals(1, f.redirects().size());
  }

  @Test
  void loopbackIsRefusedWithoutAnException() {
    InputException e = assertThrows(InputException.class, () -> new UrlFetcher(FetchPolicy.defaults()).fetch(url("/page")));
    assertTrue(e.getMessage().contains("non-public address"), e.getMessage());
    assertTrue(e.getMessage().contains("--allow-private"), e.getMessage());
    assertEquals(0, hits.get(), "no request reaches a refused address");
  }

  @Test
  void allowPrivateLetsLoopbackThrough() throws InputException {
    assertEquals(200, new UrlFetcher(FetchPolicy.defaults().withAllowPrivate(true)).fetch(url("/page")).status());
  }

  @Test
  void redirectsToPrivateAddressesAreRefused() {
    for (String path : new String[] {"/to-private", "/to-metadata", "/to-other-port"}) {
      InputException e = assertThrows(InputException.class, () -> fetcher().fetch(url(path)), path);
      assertTrue(e.getMessage().contains("refused") && e.getMessage().contains("redirected to"), e.getMessage());
    }
  }

  @Test
  void otherSchemesAreRefused() {
    assertTrue(assertThrows(InputException.class, () -> fetcher().fetch(url("/to-ftp"))).getMessage()
        .contains("only http and https"));
    assertTrue(assertThrows(InputException.class, () -> fetcher().fetch("file:///etc/passwd")).getMessage()
        .contains("only http and https"));
  }

  @Test
  void redirectsAreCapped() {
    InputException e = assertThrows(InputException.class,
        () -> new UrlFetcher(FetchPolicy.defaults().withException(address).withMaxRedirects(3)).fetch(url("/loop")));
    assertTrue(e.getMessage().contains("too many redirects"), e.getMessage());
    assertEquals(4, hits.get());
  }

  @Test
  void bodyOverTheLimitIsRefused() {
    InputException e = assertThrows(InputException.class,
        () -> new UrlFetcher(FetchPolicy.defaults().withException(address).withMaxBytes(50_000)).fetch(url("/big")));
    assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
  }

  @Test
  void nonPagesAndErrorsAreRefused() {
    assertTrue(assertThrows(InputException.class, () -> fetcher().fetch(url("/pdf"))).getMessage().contains("application/pdf"));
    assertTrue(assertThrows(InputException.class, () -> fetcher().fetch(url("/missing"))).getMessage().contains("HTTP 404"));
  }

  @Test
  void aNameThatAlsoResolvesInsideIsRefused() throws Exception {
    // DNS rebinding: a public answer next to a private one; the check covers every answer, and the socket is
    // opened to the address that was checked (resolution happens once, in the fetcher).
    InetAddress pub = InetAddress.getByAddress("news.example", new byte[] {93, (byte) 184, (byte) 216, 34});
    InetAddress lo = InetAddress.getByAddress("news.example", new byte[] {127, 0, 0, 1});
    UrlFetcher f = new UrlFetcher(FetchPolicy.defaults(), host -> new InetAddress[] {pub, lo});
    InputException e = assertThrows(InputException.class, () -> f.fetch("http://news.example/story"));
    assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
  }

  @Test
  void publicAddressRules() throws Exception {
    String[] refused = {"127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1",
        "2001:db8::1"};
    for (String a : refused) {
      assertFalse(FetchPolicy.isPublic(InetAddress.getByName(a)), a);
    }
    for (String a : new String[] {"93.184.216.34", "8.8.8.8", "2606:4700::1111"}) {
      assertTrue(FetchPolicy.isPublic(InetAddress.getByName(a)), a);
    }
  }

  @Test
  void badPolicySettingsFailNamingThem() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> FetchPolicy.defaults().withMaxBytes(0))
        .getMessage().contains("maxBytes"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> FetchPolicy.defaults().withMaxRedirects(-1))
        .getMessage().contains("maxRedirects"));
  }

  @Test
  void urlsAreToldFromFiles() {
    assertTrue(UrlFetcher.looksLikeUrl("https://example.org/a"));
    assertFalse(UrlFetcher.looksLikeUrl("page.html"));
    assertFalse(UrlFetcher.looksLikeUrl("-"));
  }
}
