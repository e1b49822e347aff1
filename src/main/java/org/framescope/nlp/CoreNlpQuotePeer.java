package org.framescope.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import org.framescope.model.AttributionSpans;
import org.framescope.model.TextRange;
import org.framescope.resource.Hashing;

/**
 * The peer for attribution: Stanford CoreNLP's quote annotator with quote attribution (the {@code quote}
 * annotator with {@code quote.attributeQuotes=true}, its default sieves and coreference), as a Java user would
 * run it. Its output is converted to our own records here, the only place that touches its annotations.
 *
 * <p>Input: a text. Output: one {@link AttributionSpans} per top-level quotation: content = the quotation with
 * its marks; source = the speaker mention CoreNLP chose (its tokens), if any; cue = the verb that governs the
 * mention's head in the basic dependency parse, if it is a verb (CoreNLP names no cue; a quotation without one
 * can never match a gold cue). The pipeline is built once per instance (loading takes seconds and coreference
 * models gigabytes of memory); {@link #attribute} is safe to call from several threads.
 */
public final class CoreNlpQuotePeer {
  /** The name the CLI uses ({@code --peer corenlp-quote}). */
  public static final String NAME = "corenlp-quote";

  private final StanfordCoreNLP pipeline;

  public CoreNlpQuotePeer() {
    if (!Boolean.getBoolean("framescope.corenlp.log")) {
      RedwoodConfiguration.current().clear().apply();
    }
    this.pipeline = new StanfordCoreNLP(properties());
  }

  /** The peer's CoreNLP settings (defaults of the quote annotator; paragraphs split sentences as ours do). */
  public static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("quote.attributeQuotes", "true");
    return p;
  }

  /** Identifies the peer's configuration (CoreNLP version and properties), for caches and provenance. */
  public static String fingerprint() {
    StringBuilder b = new StringBuilder(NAME).append(' ').append(CoreNlpAnnotator.VERSION).append('\n');
    new TreeMap<>(properties()).forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
    return Hashing.sha256(b.toString());
  }

  /** The peer's attributions of one text. */
  public List<AttributionSpans> attribute(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<AttributionSpans> out = new ArrayList<>();
    if (quotes == null) {
      return out;
    }
    for (CoreMap q : quotes) {
      int qb = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int qe = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      List<TextRange> source = new ArrayList<>();
      List<TextRange> cue = new ArrayList<>();
      Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      if (mb != null && me != null && mb >= 0 && me >= mb && me < tokens.size()) {
        source.add(new TextRange(tokens.get(mb).beginPosition(), tokens.get(me).endPosition()));
        CoreLabel verb = governingVerb(sentences, tokens, mb, me);
        if (verb != null) {
          cue.add(new TextRange(verb.beginPosition(), verb.endPosition()));
        }
      }
      out.add(new AttributionSpans(source, cue, List.of(new TextRange(qb, qe))));
    }
    return out;
  }

  /** The verb governing the mention's head (the mention token whose parent lies outside it), or null. */
  private static CoreLabel governingVerb(List<CoreMap> sentences, List<CoreLabel> tokens, int mb, int me) {
    CoreLabel first = tokens.get(mb);
    Integer si = first.get(CoreAnnotations.SentenceIndexAnnotation.class);
    if (si == null || si >= sentences.size()) {
      return null;
    }
    SemanticGraph g = sentences.get(si).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (g == null) {
      return null;
    }
    for (int t = mb; t <= me; t++) {
      CoreLabel tok = tokens.get(t);
      if (!si.equals(tok.get(CoreAnnotations.SentenceIndexAnnotation.class))) {
        continue;
      }
      IndexedWord node = g.getNodeByIndexSafe(tok.index());
      if (node == null) {
        continue;
      }
      IndexedWord parent = g.getParent(node);
      if (parent == null) {
        continue;
      }
      int pi = parent.get(CoreAnnotations.TokenBeginAnnotation.class) == null ? -1
          : parent.get(CoreAnnotations.TokenBeginAnnotation.class);
      boolean inside = pi >= mb && pi <= me;
      if (!inside) {
        String tag = parent.tag();
        return tag != null && tag.startsWith("VB") ? parent.backingLabel() : null;
      }
    }
    return null;
  }
}
