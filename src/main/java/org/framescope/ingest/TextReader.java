package org.framescope.ingest;

import org.framescope.model.DocMeta;
import org.framescope.model.RawDocument;
import org.framescope.resource.Hashing;

/**
 * Reads a plain-text dump (e.g. a page copied from a browser). Input: decoded text. Output: a
 * {@link RawDocument} whose title is the first non-empty line; the whole text stays in content and the
 * cleaner decides what is article and what is page furniture.
 */
public final class TextReader {
  private TextReader() { }

  public static RawDocument read(String id, String source, InputDecoder.Decoded in) {
    String title = "";
    for (String line : in.text().split("\r?\n")) {
      if (!line.isBlank()) {
        title = line.strip();
        break;
      }
    }
    return new RawDocument(id, source, title, "", null, null, null, in.text(), RawDocument.Format.TEXT,
        DocMeta.EMPTY, Hashing.sha256(in.bytes()));
  }
}
