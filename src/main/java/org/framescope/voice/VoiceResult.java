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
 */
public record VoiceResult(List<SentenceVoice> sentences, List<VoiceSegment> segments, List<Attribution> attributions,
                          List<Span> spans, List<DetectedAttribution> detected) {
  public VoiceResult {
    sentences = List.copyOf(sentences);
    segments = List.copyOf(segments);
    attributions = List.copyOf(attributions);
    spans = List.copyOf(spans);
    detected = List.copyOf(detected);
  }

  /** Without span-level detail (analyzers that only label voices). */
  public VoiceResult(List<SentenceVoice> sentences, List<VoiceSegment> segments, List<Attribution> attributions,
                     List<Span> spans) {
    this(sentences, segments, attributions, spans, List.of());
  }
}
