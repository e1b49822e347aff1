package org.framescope.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.framescope.lexicon.SpanMatcher;
import org.framescope.model.NlpSentence;
import org.framescope.model.Span;

/** Framing lexicons: TOKENS, LEMMAS and POS in, LEXICON_SPANS (one list per sentence) out. */
final class LexiconStage extends BaseStage {
  private final SpanMatcher matcher;

  /** @param lexiconFiles lexicon file name to SHA-256 */
  LexiconStage(SpanMatcher matcher, Map<String, String> lexiconFiles) {
    super("lexicon", Set.of(Annotation.TOKENS, Annotation.LEMMAS, Annotation.POS), Set.of(Annotation.LEXICON_SPANS),
        new StageProvenance(lexiconFiles, Map.of(), Map.of()));
    this.matcher = Objects.requireNonNull(matcher, "matcher");
  }

  @Override
  public void apply(ArticleState state) {
    List<List<Span>> out = new ArrayList<>();
    for (NlpSentence s : state.nlp().sentences()) {
      out.add(state.scored() ? matcher.match(s) : List.of());
    }
    state.setLexiconSpans(out);
  }
}
