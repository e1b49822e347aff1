package org.framescope.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framescope.model.DocMeta;
import org.framescope.model.InputException;
import org.framescope.model.RawDocument;
import org.framescope.util.Hashing;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page. Input: page bytes (UTF-8, or the charset its meta tag declares). Output: a
 * {@link RawDocument} with the HTML as content and metadata from the head: title (og:title, else
 * &lt;title&gt; or the first h1), outlet (og:site_name), published date (article:published_time and
 * similar), author, canonical URL.
 */
public final class HtmlReader {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlReader() { }

  public static RawDocument read(String id, String source, byte[] bytes) throws InputException {
    String html = decode(source, bytes);
    return parse(id, source, html, Hashing.sha256(bytes));
  }

  /** Decodes page bytes: strict UTF-8, else the charset the page's meta tag declares. */
  public static String decode(String source, byte[] bytes) throws InputException {
    try {
      return InputDecoder.decode(source, bytes, StandardCharsets.UTF_8);
    } catch (InputException e) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (e.reason().startsWith("invalid") && m.find()) {
        try {
          Charset cs = Charset.forName(m.group(1));
          if (!cs.equals(StandardCharsets.UTF_8)) {
            return InputDecoder.decode(source, bytes, cs);
          }
        } catch (IllegalCharsetNameException | UnsupportedCharsetException ignored) {
          // fall through to the UTF-8 error, which is the more useful message
        }
      }
      throw e;
    }
  }

  /** Parses HTML already decoded (e.g. from a JSON record's "html" field). */
  public static RawDocument parse(String id, String source, String html, String sha256) throws InputException {
    Document doc = Jsoup.parse(html);
    if (doc.body() == null || doc.body().text().isBlank()) {
      throw new InputException(source, "HTML page has no visible text");
    }
    String title = firstNonEmpty(meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title(), firstText(doc, "h1"));
    String outlet = firstNonEmpty(meta(doc, "og:site_name"), meta(doc, "application-name"));
    String published = Dates.normalize(firstNonEmpty(meta(doc, "article:published_time"),
        meta(doc, "og:article:published_time"), meta(doc, "date"), meta(doc, "pubdate"),
        meta(doc, "publish-date"), meta(doc, "dc.date"), meta(doc, "DC.date.issued"),
        attr(doc, "time[datetime]", "datetime")));
    String author = firstNonEmpty(meta(doc, "author"), meta(doc, "article:author"));
    String url = firstNonEmpty(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"));
    return new RawDocument(id, source, title, outlet, published, url.isEmpty() ? null : url,
        author.isEmpty() ? null : author, html, RawDocument.Format.HTML, DocMeta.EMPTY, sha256);
  }

  private static String meta(Document doc, String key) {
    for (Element e : doc.select("meta[property], meta[name], meta[itemprop]")) {
      String k = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
      if (k.equalsIgnoreCase(key)) {
        String c = e.attr("content").trim();
        if (!c.isEmpty()) {
          return c;
        }
      }
    }
    return "";
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? "" : e.attr(attr).trim();
  }

  private static String firstText(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? "" : e.text().trim();
  }

  static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return "";
  }
}
