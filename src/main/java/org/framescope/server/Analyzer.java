package org.framescope.server;

import org.framescope.model.ArticleResult;
import org.framescope.model.RawDocument;

/**
 * Turns one raw article into its analysis for the server. In: a {@link RawDocument}. Out: the article JSON's
 * record. Implementations load their models once, may take time to become ready (the page shows the state) and
 * must be thread-safe.
 */
public interface Analyzer {
  /** Where the analyzer is: loading its models, ready, or failed (with why). */
  enum State { LOADING, READY, FAILED }

  State state();

  /** A sentence for the page: what is happening, or what went wrong. */
  String message();

  /** Analyses one article; only called when {@link #state()} is READY. */
  ArticleResult analyze(RawDocument doc);
}
