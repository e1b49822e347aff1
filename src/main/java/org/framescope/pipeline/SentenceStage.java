package org.framescope.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.framescope.classify.BiasModel;
import org.framescope.model.NlpSentence;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;
import org.framescope.model.Voice;
import org.framescope.model.VoiceSegment;
import org.framescope.voice.SentenceVoice;
import org.framescope.voice.VoiceResult;

/**
 * Assembles one {@link SentenceResult} per sentence: VOICE, LEXICON_SPANS and BIAS in, SENTENCES out. A
 * sentence's spans are its lexicon spans, its biased words and the voice spans inside it, in
 * {@link #SPAN_ORDER}; its segments are the voice segments clipped to it.
 */
final class SentenceStage extends BaseStage {
  SentenceStage() {
    super("sentences", Set.of(Annotation.VOICE, Annotation.LEXICON_SPANS, Annotation.BIAS),
        Set.of(Annotation.SENTENCES),
        StageProvenance.NONE);
  }
  /** Spans in reading order: begin, then longer first, then category, then source. */
  static final Comparator<Span> SPAN_ORDER = Comparator.comparingInt(Span::begin)
      .thenComparing(Comparator.comparingInt(Span::end).reversed()).thenComparing(Span::category)
      .thenComparing(Span::source);

  @Override
  public void apply(ArticleState state) {
    VoiceResult vr = state.voice();
    List<NlpSentence> nlp = state.nlp().sentences();
    List<SentenceResult> sentences = new ArrayList<>();
    for (int i = 0; i < nlp.size(); i++) {
      NlpSentence s = nlp.get(i);
      BiasModel.Scored scored = state.bias().get(i);
      List<Span> spans = new ArrayList<>(state.lexiconSpans().get(i));
      spans.addAll(scored.biasedWords());
      for (Span sp : vr.spans()) {
        if (sp.begin() >= s.begin() && sp.end() <= s.end()) {
          spans.add(sp);
        }
      }
      spans.sort(SPAN_ORDER);
      List<VoiceSegment> segments = new ArrayList<>();
      for (VoiceSegment seg : vr.segments()) {
        if (seg.begin() < s.end() && seg.end() > s.begin()) {
          segments.add(new VoiceSegment(Math.max(seg.begin(), s.begin()), Math.min(seg.end(), s.end()), seg.voice(),
              seg.speaker()));
        }
      }
      SentenceVoice sv = s.index() < vr.sentences().size() ? vr.sentences().get(s.index()) : null;
      Voice v = sv == null ? Voice.AUTHOR : sv.voice();
      sentences.add(new SentenceResult(s.index(), s.begin(), s.end(), s.text(), v, sv == null ? null : sv.speaker(),
          segments, spans, scored.score(), s.capped()));
    }
    state.setSentences(sentences);
  }
}
