package org.framescope.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.framescope.compare.ComparisonReport;
import org.framescope.io.ArticleJson;
import org.framescope.io.Json;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.report.ArticlePage;
import org.framescope.report.Page;
import org.framescope.report.ReportPage;
import org.framescope.report.ReportWriter;

/**
 * {@code framescope serve}: the readers' web page and its JSON API, on Javalin (Jetty). In: a {@link ServerConfig}
 * and an {@link AnalysisService}. Out: a running server until {@link #stop()}.
 *
 * <p>Routes: {@code GET /} the input page; {@code POST /analyze} its form (one article gives the article page, two
 * or three the side-by-side comparison); {@code GET /assets/framescope.css}; {@code GET /api/status};
 * {@code POST /api/analyze} ({@code {"text"|"html"|"url", "title", "outlet", "date"}} to the article JSON);
 * {@code POST /api/compare} ({@code {"articles": [...]}} to the report JSON).
 *
 * <p>Safety: binds {@link ServerConfig#host()} (127.0.0.1 unless told otherwise); refuses a Host header that is not
 * this server's (DNS rebinding) unless bound to every interface; refuses a state-changing request whose Origin is
 * not this server ({@code null} included); requires JSON for the API (so another site cannot post to it without a
 * CORS preflight, which is never granted); refuses requests over {@link ServerConfig#maxRequestBytes()} with a
 * clear message; sends a Content-Security-Policy that allows no script at all, no inline style and nothing from
 * elsewhere; pages carry no script and escape every text.
 */
public final class FramescopeServer implements AutoCloseable {
  /** The Content-Security-Policy of every response. */
  public static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
      + " base-uri 'none'; frame-ancestors 'none'";
  /** Bodies beyond the limit are read and dropped up to this size, so the browser gets the answer, not a reset. */
  private static final long DRAIN_LIMIT = 128L * 1024 * 1024;

  private final ServerConfig config;
  private final AnalysisService service;
  private final Javalin app;
  private final FormHandler form;

  private FramescopeServer(ServerConfig config, AnalysisService service) {
    this.config = config;
    this.service = service;
    this.form = new FormHandler(config, service);
    this.app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.startup.showOldJavalinVersionWarning = false;
      c.http.maxRequestSize = config.maxRequestBytes();
      c.jetty.host = config.host();
      c.jetty.port = config.port();
      c.jetty.multipartConfig.maxTotalRequestSize(config.maxRequestBytes(), SizeUnit.BYTES);
      c.jetty.multipartConfig.maxFileSize(config.maxRequestBytes(), SizeUnit.BYTES);
      c.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, config.maxRequestBytes()),
          SizeUnit.BYTES);
      c.routes.before(this::guard);
      c.routes.get("/", ctx -> ctx.html(InputPage.render(service.analyzer(), config, List.of(), List.of(),
          List.of())));
      c.routes.get(Page.STYLESHEET_PATH, ctx -> ctx.contentType("text/css; charset=utf-8").result(Page.css()));
      c.routes.get("/api/status", this::status);
      c.routes.post("/analyze", form::handle);
      c.routes.post("/api/analyze", this::apiAnalyze);
      c.routes.post("/api/compare", this::apiCompare);
      c.routes.exception(Exception.class, (e, ctx) -> {
        boolean api = ctx.path().startsWith("/api/");
        String msg = tooLarge(e) ? limitMessage(-1) : "Something went wrong: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage());
        int code = tooLarge(e) ? 413 : 500;
        if (api) {
          error(ctx, code, msg);
        } else {
          ctx.status(code).html(InputPage.render(service.analyzer(), config, List.of(), List.of(msg), List.of()));
        }
      });
    });
  }

  /** Starts a server (binding its port now). */
  public static FramescopeServer start(ServerConfig config, AnalysisService service) {
    FramescopeServer s = new FramescopeServer(config, service);
    s.app.start();
    return s;
  }

  /** The port the server listens on (the chosen one when the config asked for 0). */
  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
    service.close();
  }

  @Override
  public void close() {
    stop();
  }

  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (t instanceof io.javalin.http.HttpResponseException h && h.getStatus() == 413
          || m.contains("exceeds") && (m.contains("max") || m.contains("size")) || m.contains("too large")) {
        return true;
      }
    }
    return false;
  }

  String limitMessage(long length) {
    return String.format(Locale.ROOT, "The text is too large: the limit is %.0f MB for everything sent at once%s."
        + " Paste a shorter text (one article at a time), or save the page and give its file.",
        config.maxRequestBytes() / 1048576.0, length > 0 ? String.format(Locale.ROOT, " (this was %.1f MB)",
        length / 1048576.0) : "");
  }

  /** Host, Origin and size checks, and the security headers, before every route. */
  private void guard(Context ctx) throws IOException {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    // same-origin, not no-referrer: under no-referrer Chromium sends "Origin: null" with the page's own form
    // posts, which the Origin check must refuse; same-origin still sends nothing to other sites
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-store");
    String host = ctx.header("Host");
    if (!hostAllowed(host)) {
      refuse(ctx, 421, "This server answers only to its own address (" + config.host() + "), not to '" + host + "'.");
      return;
    }
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      String origin = ctx.header("Origin");
      if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
        refuse(ctx, 403, "Refused: this request came from another site (" + origin + ").");
        return;
      }
      long length = ctx.req().getContentLengthLong();
      if (length > config.maxRequestBytes()) {
        drain(ctx.req().getInputStream(), length);
        refuse(ctx, 413, limitMessage(length));
      }
    }
  }

  private static void drain(InputStream in, long length) throws IOException {
    if (length > DRAIN_LIMIT) {
      return;
    }
    byte[] buf = new byte[64 * 1024];
    while (in.read(buf) >= 0) {
      // read and drop, so the client receives the answer instead of a reset connection
    }
  }

  private void refuse(Context ctx, int code, String message) {
    if (ctx.path().startsWith("/api/")) {
      error(ctx, code, message);
    } else {
      ctx.status(code).html(InputPage.render(service.analyzer(), config, List.of(), List.of(message), List.of()));
    }
    ctx.skipRemainingHandlers();
  }

  /**
   * True for a Host header naming this server: localhost, 127.0.0.1, [::1] or the bound host, with the port. When
   * bound to every interface (0.0.0.0), any host is accepted: the reader chose to expose the server.
   */
  boolean hostAllowed(String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    if (config.wildcard()) {
      return true;
    }
    String h = host.toLowerCase(Locale.ROOT);
    int port = app.port();
    Set<String> names = new java.util.HashSet<>(List.of("localhost", "127.0.0.1", "[::1]",
        config.host().toLowerCase(Locale.ROOT)));
    if (config.host().contains(":")) {
      names.add("[" + config.host().toLowerCase(Locale.ROOT) + "]");
    }
    for (String n : names) {
      if (!n.isEmpty() && (h.equals(n + ":" + port) || port == 80 && h.equals(n))) {
        return true;
      }
    }
    return false;
  }

  private void status(Context ctx) throws IOException {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("state", service.analyzer().state().name().toLowerCase(Locale.ROOT));
    n.put("message", service.analyzer().message());
    n.put("maxRequestBytes", config.maxRequestBytes());
    n.put("maxArticleChars", config.maxArticleChars());
    n.put("workers", config.workers());
    ctx.contentType("application/json").result(Json.pretty().writeValueAsString(n) + "\n");
  }

  private static void error(Context ctx, int code, String message) {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("error", message);
    try {
      ctx.status(code).contentType("application/json").result(Json.pretty().writeValueAsString(n) + "\n");
    } catch (IOException e) {
      ctx.status(code).result(message);
    }
  }

  /** The request's JSON body, or an error answered (null returned). */
  private JsonNode jsonBody(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json")) {
      error(ctx, 415, "Send JSON (Content-Type: application/json).");
      return null;
    }
    try {
      return Json.mapper().readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      error(ctx, 400, "The body is not valid JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
      return null;
    }
  }

  private void apiAnalyze(Context ctx) throws IOException {
    JsonNode n = jsonBody(ctx);
    if (n == null) {
      return;
    }
    if (!n.isObject()) {
      error(ctx, 400, "Send one object: {\"text\"|\"html\"|\"url\": ..., \"title\", \"outlet\", \"date\"}.");
      return;
    }
    for (java.util.Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!Set.of("text", "html", "url", "title", "outlet", "date").contains(k)) {
        error(ctx, 400, "Unknown field '" + k + "' (allowed: text, html, url, title, outlet, date).");
        return;
      }
    }
    ArticleInput in = new ArticleInput(n.path("text").asText(""), n.path("html").asText(""), n.path("url").asText(""),
        n.path("title").asText(""), n.path("outlet").asText(""), n.path("date").asText(""), "the article");
    if (in.empty()) {
      error(ctx, 400, "Give one of text, html or url.");
      return;
    }
    try {
      ArticleResult a = service.analyze(List.of(in)).get(0);
      ctx.contentType("application/json").result(ArticleJson.toJson(a));
    } catch (InputException e) {
      error(ctx, 400, e.getMessage());
    } catch (AnalysisService.Busy e) {
      error(ctx, 503, e.getMessage());
    }
  }

  private void apiCompare(Context ctx) throws IOException {
    JsonNode n = jsonBody(ctx);
    if (n == null) {
      return;
    }
    for (java.util.Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!k.equals("articles") && !k.equals("sideBySide")) {
        error(ctx, 400, "Unknown field '" + k + "' (allowed: articles, sideBySide).");
        return;
      }
    }
    JsonNode list = n.path("articles");
    if (!list.isArray() || list.isEmpty()) {
      error(ctx, 400, "Send {\"articles\": [article JSON, ...]} with at least one article (from /api/analyze).");
      return;
    }
    JsonNode side = n.path("sideBySide");
    if (!side.isMissingNode() && !side.isBoolean()) {
      error(ctx, 400, "sideBySide must be true or false.");
      return;
    }
    org.framescope.compare.CompareConfig config = side.asBoolean(false)
        ? org.framescope.compare.CompareConfig.defaults().sideBySide()
        : org.framescope.compare.CompareConfig.defaults();
    List<ArticleResult> articles = new ArrayList<>();
    try {
      int i = 0;
      for (JsonNode a : list) {
        articles.add(ArticleJson.parse(a, "articles[" + i++ + "]"));
      }
      ComparisonReport r = org.framescope.compare.Comparison.compare(articles, config);
      ctx.contentType("application/json").result(ReportWriter.toJson(r));
    } catch (InputException | IllegalArgumentException e) {
      error(ctx, 400, e.getMessage());
    }
  }

  /** The pages of a finished analysis, with the stylesheet linked (the CSP allows no inline style). */
  static String resultPage(List<ArticleResult> articles) {
    if (articles.size() == 1) {
      return ArticlePage.render(articles.get(0), Page.Styles.LINKED);
    }
    return ReportPage.render(AnalysisService.compareSideBySide(articles), Page.Styles.LINKED);
  }

  /**
   * Reads an uploaded file as text ({@link WebBytes}: as the command line reads it, else as windows-1252, which
   * the result names); a file named {@code .txt} is text, anything else a page.
   */
  static WebBytes.Decoded read(UploadedFile f, String name) throws IOException, InputException {
    try (InputStream in = f.content()) {
      return WebBytes.decode(name, in.readAllBytes(), !name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt"), "");
    }
  }
}
