package org.framescope.server;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.framescope.ingest.HtmlReader;
import org.framescope.ingest.OutletRegistry;
import org.framescope.ingest.UrlFetcher;
import org.framescope.model.DocMeta;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.framescope.resource.Hashing;

/**
 * One article as a reader gives it to the server: pasted text, pasted or uploaded HTML, or a URL, with an optional
 * title, outlet and date. {@link #toRawDocument} turns it into what the pipeline reads; a URL is fetched there, with
 * the rules of {@code analyze --fetch} (http and https only, no private or loopback address, size and time limits).
 *
 * @param text the article's text ("" when not given)
 * @param html an HTML page ("" when not given)
 * @param url a page to fetch ("" when not given)
 * @param title the title ("" to take it from the page or the first line)
 * @param outlet the outlet ("" when unknown; the outlet registry fills its country and ownership)
 * @param date publication date YYYY-MM-DD ("" when unknown)
 * @param label where it came from, for messages ("article 2", "file story.html")
 */
public record ArticleInput(String text, String html, String url, String title, String outlet, String date,
                           String label) {
  public ArticleInput {
    text = text == null ? "" : text;
    html = html == null ? "" : html;
    url = url == null ? "" : url.strip();
    title = title == null ? "" : title.strip();
    outlet = outlet == null ? "" : outlet.strip();
    date = date == null ? "" : date.strip();
    label = label == null || label.isBlank() ? "article" : label;
  }

  /** True when nothing was given. */
  public boolean empty() {
    return text.isBlank() && html.isBlank() && url.isBlank();
  }

  /**
   * Checks the fields a reader can get wrong, with a sentence the page can show.
   *
   * @throws InputException naming the article: more than one of text, HTML and URL, a date that is not YYYY-MM-DD,
   *     a text longer than {@code maxChars}
   */
  public void check(int maxChars) throws InputException {
    int given = (text.isBlank() ? 0 : 1) + (html.isBlank() ? 0 : 1) + (url.isBlank() ? 0 : 1);
    if (given > 1) {
      throw new InputException(label, "give either text, an HTML page or a URL, not several");
    }
    if (!date.isEmpty() && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new InputException(label, "the date must look like 2024-03-31");
    }
    if (text.length() > maxChars || html.length() > 4 * maxChars) {
      throw new InputException(label, String.format(java.util.Locale.ROOT, "the text is too long (%,d characters;"
          + " the limit is %,d)", Math.max(text.length(), html.length() / 4), maxChars));
    }
    if (title.length() > 1000 || outlet.length() > 200) {
      throw new InputException(label, "the title or outlet is too long");
    }
  }

  /**
   * What the pipeline reads, with id {@code prefix} and the first 12 hex digits of the input's SHA-256 (so two
   * different articles never share an id, and the same article analysed twice gets the same one). A URL is
   * fetched now, with {@code fetcher}.
   *
   * @throws InputException naming the article or URL when the input is empty, cannot be read or fetched
   */
  public RawDocument toRawDocument(String prefix, UrlFetcher fetcher, OutletRegistry registry)
      throws InputException {
    String id = prefix;
    RawDocument d;
    String pageUrl = null;
    if (!url.isBlank()) {
      if (!UrlFetcher.looksLikeUrl(url)) {
        throw new InputException(label, "'" + url + "' is not a web address (it must start with http:// or https://)");
      }
      UrlFetcher.Fetched f = fetcher.fetch(url);
      pageUrl = f.url().toString();
      String type = f.contentType().toLowerCase(java.util.Locale.ROOT);
      String src = f.requested().toString();
      d = type.startsWith("text/plain") ? text(id, src, WebBytes.decode(src, f.body(), false, type).text())
          : HtmlReader.parse(id, src, WebBytes.decode(src, f.body(), true, type).text(), Hashing.sha256(f.body()));
    } else if (!html.isBlank()) {
      d = HtmlReader.read(id, label, html.getBytes(StandardCharsets.UTF_8));
    } else if (!text.isBlank()) {
      d = text(id, label, text);
    } else {
      throw new InputException(label, "nothing to analyse: paste a text, upload a file or give a URL");
    }
    String o = !outlet.isBlank() ? outlet : d.outlet();
    Optional<OutletRegistry.Outlet> reg = registry.lookup(o, pageUrl != null ? pageUrl : d.url());
    if (o.isBlank() && reg.isPresent()) {
      o = reg.get().name();
    }
    DocMeta meta = new DocMeta(reg.map(OutletRegistry.Outlet::group).orElse(null), null,
        reg.map(OutletRegistry.Outlet::country).orElse(null), reg.map(OutletRegistry.Outlet::ownership).orElse(null));
    return new RawDocument(prefix + "-" + d.sha256().substring(0, 12), d.source(), !title.isBlank() ? title : d.title(), o,
        !date.isBlank() ? date : d.published(), pageUrl != null ? pageUrl : d.url(), d.author(), d.content(),
        d.format(), meta, d.sha256());
  }

  /**
   * Pasted text is the article: only positive evidence removes a line. A short first line without a full stop,
   * followed by more text, is its title (as for text on stdin).
   */
  private static RawDocument text(String id, String source, String body) {
    String head = body.stripLeading();
    String[] lines = head.split("\r?\n", 2);
    String first = lines[0].strip();
    boolean headline = lines.length > 1 && !lines[1].isBlank() && first.split("\\s+").length <= 20
        && !first.matches(".*[.!?\u2026:;][\"\u201d\u2019')]*$");
    return new RawDocument(id, source, headline ? first : "", "", null, null, null, body, RawDocument.Format.RECORD,
        DocMeta.EMPTY, Hashing.sha256(body.getBytes(StandardCharsets.UTF_8)));
  }
}
