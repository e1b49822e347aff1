package org.framescope.voice;

import java.util.List;
import org.framescope.model.Attribution;
import org.framescope.model.Span;
import org.framescope.model.VoiceSegment;

/**
 * Output of a {@link VoiceAnalyzer} for one document.
 *
 * @param sentences one entry per sentence of the document, in order
 * @param segments voice segments in body order (each inside one sentence; together they cover every token)
 * @param attributions quotes and reported speech with a known speaker, in body order
 * @param spans reporting-verb and scare-quote spans, sorted by begin then end
 * @param detected every attribution found, with its source, cue and content ranges, in body order
 * @param mentions the actor mentions of each sentence the analyzer found through its {@link ActorRegistry} (one
 *     list per sentence), or empty when it does not look for actors; later stages reuse them instead of
 *     searching the sentences again
 */
public record VoiceResult(List<SentenceVoice> sentences, List<VoiceSegment> segments, List<Attribution> attributions,
                          List<Span> spans, List<DetectedAttribution> detected, List<List<ActorMention>> mentions) {
  public VoiceResult {
    sentences = List.copyOf(sentences);
    segments = List.copyOf(segments);
    attributions = List.copyOf(attributions);
    spans = List.copyOf(spans);
    detected = List.copyOf(detected);
    mentions = List.copyOf(mentions);
  }

  /** Without span-level detail (analyzers that only label voices). */
  public VoiceResult(List<SentenceVoice> sentences, List<VoiceSegment> segments, List<Attribution> attributions,
                     List<Span> spans) {
    this(sentences, segments, attributions, spans, List.of(), List.of());
  }
}
