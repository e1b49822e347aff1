package org.framescope.voice;

import org.framescope.model.Speaker;

/**
 * One rule of speaker resolution (the design of CoreNLP's QuoteAttributionAnnotator: an ordered list of small
 * sieves, each deciding only the cases it recognises). Input: the context and the source head (sentence,
 * token). Output: the speaker, or null to let the next sieve try.
 */
interface SpeakerSieve {
  Speaker resolve(SpeakerContext ctx, int sentence, int head);
}
