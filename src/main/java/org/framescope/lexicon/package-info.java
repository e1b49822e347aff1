/**
 * Stage 5, framing lexicons. In: an annotated sentence. Out: {@link org.framescope.model.Span}s (loaded
 * language, labels, hedges and distancing, frame cues) found by a trie matcher over the lexicon files in
 * {@code lexicons/}; importers turn LIWC, quanteda, MPQA and word-list dictionaries into lexicons.
 */
package org.framescope.lexicon;
