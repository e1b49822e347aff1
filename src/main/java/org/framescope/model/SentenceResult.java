package org.framescope.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One sentence of the article JSON (schema framescope.article/1).
 *
 * @param index sentence index
 * @param begin body offset
 * @param end body offset (exclusive)
 * @param text the sentence text
 * @param voice dominant voice of the sentence: author | quote | reported
 * @param speaker speaker when voice is not author, else null
 * @param segments finer voice segments inside the sentence (a sentence can mix author and quote)
 * @param spans matched spans in the sentence in reading order: by begin, the longer first (an enclosing span before
 *     the spans inside it)
 * @param bias bias estimate or null when no model ran
 * @param capped true when this sentence is a piece of an overlong stretch without sentence punctuation, cut at
 *     the annotator's sentence-length cap and not parsed or tagged (see {@link NlpSentence#capped()}); written to
 *     JSON only when true
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SentenceResult(int index, int begin, int end, String text, Voice voice, Speaker speaker,
                             List<VoiceSegment> segments, List<Span> spans, BiasScore bias,
                             @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean capped) {
  public SentenceResult {
    java.util.Objects.requireNonNull(voice, "voice");
    segments = List.copyOf(segments);
    spans = List.copyOf(spans);
  }

  /** A sentence of ordinary length (not capped). */
  public SentenceResult(int index, int begin, int end, String text, Voice voice, Speaker speaker,
                        List<VoiceSegment> segments, List<Span> spans, BiasScore bias) {
    this(index, begin, end, text, voice, speaker, segments, spans, bias, false);
  }
}
