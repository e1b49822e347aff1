package org.framescope.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framescope.ingest.UrlFetcher;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;

/**
 * The input page's form ({@code POST /analyze}, multipart). "Fetch this page" fetches one article's URL and shows
 * the form again with the page kept; "Analyze" analyses every article given (fetching a URL not yet fetched) and
 * answers with the article page (one article) or the side-by-side comparison (two or three). A problem shows the
 * form again with what the reader typed and one clear sentence.
 */
final class FormHandler {
  private final ServerConfig config;
  private final AnalysisService service;

  FormHandler(ServerConfig config, AnalysisService service) {
    this.config = config;
    this.service = service;
  }

  void handle(Context ctx) throws Exception {
    List<InputPage.Slot> slots = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (int i = 1; i <= InputPage.SLOTS; i++) {
      String text = param(ctx, "text-" + i);
      String html = param(ctx, "html-" + i);
      String note = "";
      UploadedFile f = ctx.uploadedFile("file-" + i);
      if (f != null && f.size() > 0) {
        String name = f.filename() == null ? "file" : f.filename();
        try {
          WebBytes.Decoded d = FramescopeServer.read(f, name);
          if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            text = d.text();
          } else {
            html = d.text();
          }
          note = "Uploaded file " + name + " (" + (f.size() / 1024) + " KB) is kept for the analysis." + d.note();
        } catch (InputException e) {
          errors.add("Article " + i + ": " + e.getMessage());
        }
      }
      slots.add(new InputPage.Slot(param(ctx, "title-" + i), param(ctx, "outlet-" + i), param(ctx, "date-" + i),
          text, param(ctx, "url-" + i), html, note));
    }
    if (!errors.isEmpty()) { // an upload that could not be read: say so rather than analyse the others alone
      ctx.status(400).html(InputPage.render(service.analyzer(), config, slots, errors, List.of()));
      return;
    }
    String fetch = param(ctx, "fetch");
    if (!fetch.isBlank()) {
      fetch(ctx, slots, fetch);
      return;
    }
    List<ArticleInput> inputs = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      InputPage.Slot s = slots.get(i);
      String label = "Article " + (i + 1);
      // the text a reader pasted wins over a page kept from an earlier fetch or upload, which wins over the URL
      ArticleInput in = !s.text().isBlank() ? new ArticleInput(s.text(), "", "", s.title(), s.outlet(), s.date(), label)
          : !s.html().isBlank() ? new ArticleInput("", s.html(), "", s.title(), s.outlet(), s.date(), label)
          : new ArticleInput("", "", s.url(), s.title(), s.outlet(), s.date(), label);
      if (!in.empty()) {
        inputs.add(in);
      }
    }
    if (inputs.isEmpty()) {
      errors.add("Nothing to analyse yet: paste an article's text, upload a file or give a web address.");
      ctx.status(400).html(InputPage.render(service.analyzer(), config, slots, errors, List.of()));
      return;
    }
    try {
      List<ArticleResult> articles = service.analyze(inputs);
      ctx.html(FramescopeServer.resultPage(articles));
    } catch (InputException e) {
      errors.add(e.getMessage());
      ctx.status(400).html(InputPage.render(service.analyzer(), config, slots, errors, List.of()));
    } catch (AnalysisService.Busy e) {
      errors.add(e.getMessage());
      ctx.status(503).html(InputPage.render(service.analyzer(), config, slots, errors, List.of()));
    }
  }

  private void fetch(Context ctx, List<InputPage.Slot> slots, String which) {
    List<String> errors = new ArrayList<>();
    int i;
    try {
      i = Integer.parseInt(which.strip());
    } catch (NumberFormatException e) {
      i = -1;
    }
    if (i < 1 || i > slots.size()) {
      errors.add("Unknown article to fetch.");
      ctx.status(400).html(InputPage.render(service.analyzer(), config, slots, errors, List.of()));
      return;
    }
    InputPage.Slot s = slots.get(i - 1);
    if (s.url().isBlank()) {
      errors.add("Article " + i + ": give a web address to fetch.");
      ctx.status(400).html(InputPage.render(service.analyzer(), config, slots, errors, List.of()));
      return;
    }
    try {
      if (!UrlFetcher.looksLikeUrl(s.url())) {
        throw new InputException(s.url(), "not a web address (it must start with http:// or https://)");
      }
      UrlFetcher.Fetched f = service.fetcher().fetch(s.url());
      WebBytes.Decoded page = WebBytes.decode(f.url().toString(), f.body(), true, f.contentType());
      slots.set(i - 1, new InputPage.Slot(s.title(), s.outlet(), s.date(), "", f.url().toString(), page.text(),
          String.format(Locale.ROOT, "Fetched %s (%,d KB, SHA-256 %s). It is analysed when you press Analyze.",
              f.url(), f.body().length / 1024, f.sha256().substring(0, 12)) + page.note()));
      ctx.html(InputPage.render(service.analyzer(), config, slots, errors, List.of()));
    } catch (InputException e) {
      errors.add("Article " + i + ": " + e.getMessage());
      ctx.status(400).html(InputPage.render(service.analyzer(), config, slots, errors, List.of()));
    }
  }

  private static String param(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v;
  }
}
