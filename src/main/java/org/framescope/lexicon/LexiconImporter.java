package org.framescope.lexicon;

import java.nio.file.Path;
import org.framescope.model.InputException;

/**
 * Reads a third-party dictionary format into a {@link Lexicon}.
 *
 * <p>Input: a file path. Output: a lexicon whose entries carry the source tag
 * "lexicon:&lt;file name&gt;@sha256-&lt;first 12 hex digits&gt;" (third-party files have no framescope version)
 * and whose SHA-256 is that of the file bytes. Exact duplicate entries (same normalized entry, category
 * and POS) are kept once, the first time they appear; malformed lines fail with file:line.
 */
public interface LexiconImporter {
  Lexicon read(Path path) throws InputException;
}
