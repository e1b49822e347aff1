package org.framescope.lexicon;

import java.util.List;
import org.framescope.model.NlpSentence;
import org.framescope.model.Span;

/**
 * Finds spans in one annotated sentence.
 *
 * <p>Input: a sentence with tokens (offsets into the body). Output: spans with body offsets inside the
 * sentence, {@code text} equal to the covered body text, sorted by begin, end, then category. Never null.
 */
public interface SpanMatcher {
  List<Span> match(NlpSentence sentence);
}
