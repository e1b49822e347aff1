package org.framescope.model;

import java.util.Objects;

/**
 * One article as read from its input, before cleaning.
 *
 * @param id stable identifier (from the record, or derived from the source path)
 * @param source path or URL it came from (with {@code #n} for the n-th record of a corpus file)
 * @param title title, or "" when unknown
 * @param outlet outlet name, or "" when unknown
 * @param published ISO date (YYYY-MM-DD) or null
 * @param url canonical URL or null
 * @param author byline author or null
 * @param content the raw text or HTML
 * @param format what {@code content} is
 * @param meta corpus metadata (outlet group, event) from a manifest; never null
 * @param sha256 SHA-256 of the input bytes this document came from
 */
public record RawDocument(String id, String source, String title, String outlet, String published,
                          String url, String author, String content, Format format, DocMeta meta,
                          String sha256) {
  /**
   * What the content of a raw document is: an HTML page, a text dump (a page copied as text: furniture lines
   * and all), or a record's text (a corpus record's {@code text} field or stdin text: already the article, so
   * only positive evidence removes a line).
   */
  public enum Format { HTML, TEXT, RECORD }

  public RawDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
    title = title == null ? "" : title;
    outlet = outlet == null ? "" : outlet;
    meta = meta == null ? DocMeta.EMPTY : meta;
    if (published != null && !published.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new IllegalArgumentException("published must be YYYY-MM-DD, got: " + published);
    }
  }

  public RawDocument withOutlet(String newOutlet) {
    return new RawDocument(id, source, title, newOutlet, published, url, author, content, format, meta, sha256);
  }

  public RawDocument withPublished(String date) {
    return new RawDocument(id, source, title, outlet, date, url, author, content, format, meta, sha256);
  }

  public RawDocument withMeta(DocMeta m) {
    return new RawDocument(id, source, title, outlet, published, url, author, content, format, m, sha256);
  }
}
