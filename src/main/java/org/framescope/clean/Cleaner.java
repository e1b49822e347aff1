package org.framescope.clean;

import org.framescope.model.CleanText;
import org.framescope.model.RawDocument;

/** The cleaning stage: separates the article from page furniture. Input: a raw document; output: body + removed blocks. */
public interface Cleaner {
  CleanText clean(RawDocument doc);
}
