package org.framescope.spark;

import java.io.Serializable;
import org.framescope.model.DocMeta;
import org.framescope.model.RawDocument;

/** A {@link RawDocument} as plain values, for Spark to move between driver and executors. */
public record Doc(String id, String source, String title, String outlet, String published, String url, String author,
                  String content, String format, String group, String event, String country, String ownership,
                  String sha256) implements Serializable {
  private static final long serialVersionUID = 1L;

  static Doc of(RawDocument d) {
    return new Doc(d.id(), d.source(), d.title(), d.outlet(), d.published(), d.url(), d.author(), d.content(),
        d.format().name(), d.meta().outletGroup(), d.meta().event(), d.meta().country(), d.meta().ownership(),
        d.sha256());
  }

  RawDocument raw() {
    return new RawDocument(id, source, title, outlet, published, url, author, content,
        RawDocument.Format.valueOf(format), new DocMeta(group, event, country, ownership), sha256);
  }
}
