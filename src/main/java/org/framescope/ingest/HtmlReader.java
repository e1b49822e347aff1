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
import org.framescope.resource.Hashing;
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
    return read(id, source, bytes, null);
  }

  /** Reads a page; {@code fallback} as {@link #decode(String, byte[], Charset)} takes it. */
  public static RawDocument read(String id, String source, byte[] bytes, Charset fallback) throws InputException {
    String html = decode(source, bytes, fallback);
    return parse(id, source, html, Hashing.sha256(bytes));
  }

  /** Decodes page bytes: strict UTF-8, else the charset the page's meta tag declares. */
  public static String decode(String source, byte[] bytes) throws InputException {
    return decode(source, bytes, null);
  }

  /**
   * Decodes page bytes: as a byte order mark says, else strict UTF-8, else the charset the page's meta tag
   * declares, else {@code fallback} (the encoding the user named for inputs that are not UTF-8; null: none).
   */
  public static String decode(String source, byte[] bytes, Charset fallback) throws InputException {
    if (fallback != null && !InputDecoder.asciiCompatible(fallback) && InputDecoder.bomCharset(bytes) == null) {
      return InputDecoder.decodeText(source, bytes, fallback); // UTF-16 without a mark: its meta tag is unreadable
    }
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
          // fall through to the fallback or the UTF-8 error, which is the more useful message
        }
      }
      if (fallback != null && e.reason().startsWith("invalid")) {
        return InputDecoder.decodeText(source, bytes, fallback);
      }
      throw e;
    }
  }

  /** Parses HTML already decoded (e.g. from a JSON record's "html" field). */
  public static RawDocument parse(String id, String source, String html, String sha256) throws InputException {
    Document doc = HtmlPages.parse(html);
    if (doc.body() == null || doc.body().text().isBlank()) {
      throw new InputException(source, "HTML page has no visible text");
    }
    // One pass over the meta tags (each lookup selecting them again walked the whole page a dozen times).
    java.util.Map<String, String> metas = new java.util.HashMap<>();
    for (Element e : doc.select("meta[property], meta[name], meta[itemprop]")) {
      String k = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
      String c = e.attr("content").trim();
      if (!c.isEmpty()) {
        metas.putIfAbsent(k.toLowerCase(java.util.Locale.ROOT), c);
      }
    }
    java.util.function.Function<String, String> meta = k -> metas.getOrDefault(k.toLowerCase(java.util.Locale.ROOT), "");
    String title = firstNonEmpty(meta.apply("og:title"), meta.apply("twitter:title"), doc.title());
    if (title.isEmpty()) {
      title = firstText(doc, "h1");
    }
    String outlet = firstNonEmpty(meta.apply("og:site_name"), meta.apply("application-name"));
    String metaDate = firstNonEmpty(meta.apply("article:published_time"), meta.apply("og:article:published_time"),
        meta.apply("date"), meta.apply("pubdate"), meta.apply("publish-date"), meta.apply("dc.date"),
        meta.apply("DC.date.issued"));
    String published = Dates.normalize(metaDate.isEmpty() ? attr(doc, "time[datetime]", "datetime") : metaDate);
    String author = firstNonEmpty(meta.apply("author"), meta.apply("article:author"));
    String url = firstNonEmpty(attr(doc, "link[rel=canonical]", "href"), meta.apply("og:url"));
    return new RawDocument(id, source, title, outlet, published, url.isEmpty() ? null : url,
        author.isEmpty() ? null : author, html, RawDocument.Format.HTML, DocMeta.EMPTY, sha256);
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
