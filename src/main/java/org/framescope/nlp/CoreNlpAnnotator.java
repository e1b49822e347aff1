package org.framescope.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.framescope.model.Dependency;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.Token;

/**
 * The one adapter between framescope and Stanford CoreNLP: nothing else imports {@code edu.stanford.nlp}.
 * It converts CoreNLP's mutable annotations into framescope's immutable records.
 *
 * <p>Pipelines are built once per JVM and profile ({@link #forProfile}) because loading the models
 * takes seconds; {@link StanfordCoreNLP#annotate(Annotation)} is safe to call from several threads.
 */
public final class CoreNlpAnnotator implements TextAnnotator {
  /** CoreNLP version on the classpath (kept in step with the pom). */
  public static final String VERSION = "4.5.10";

  private static final Map<Profile, CoreNlpAnnotator> CACHE = new EnumMap<>(Profile.class);

  private final Profile profile;
  private final StanfordCoreNLP pipeline;

  private CoreNlpAnnotator(Profile profile) {
    this.profile = profile;
    if (!Boolean.getBoolean("framescope.corenlp.log")) {
      // CoreNLP's own INFO logging would flood stderr, where our one-line errors and progress go.
      RedwoodConfiguration.current().clear().apply();
    }
    this.pipeline = new StanfordCoreNLP(properties(profile));
  }

  /** The shared annotator for a profile, built on first use. */
  public static synchronized CoreNlpAnnotator forProfile(Profile profile) {
    return CACHE.computeIfAbsent(profile, CoreNlpAnnotator::new);
  }

  /** The CoreNLP settings of a profile; exposed so provenance can record them. */
  public static Properties properties(Profile profile) {
    Properties p = new Properties();
    p.setProperty("annotators", String.join(",", profile.annotators()));
    // Cleaned bodies separate paragraphs with a blank line: a paragraph break always ends a sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // Token words are taken from the body by offset, so the tokenizer's own quote normalisation
    // (which the tagger was trained on) is kept; unknown characters are kept, not dropped.
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    // Fine-grained NER and SUTime cost ~8x the rest of the pipeline; coarse labels are all we use.
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("depparse.extradependencies", "NONE");
    return p;
  }

  @Override
  public NlpDocument annotate(String body) {
    Annotation doc = new Annotation(body);
    pipeline.annotate(doc);
    List<NlpSentence> out = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences != null) {
      for (CoreMap s : sentences) {
        out.add(convert(out.size(), s, body));
      }
    }
    return new NlpDocument(body, out, profile.annotators());
  }

  private NlpSentence convert(int index, CoreMap s, String body) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      int b = l.beginPosition();
      int e = l.endPosition();
      String word = body.substring(b, e);
      String lemma = l.lemma();
      tokens.add(new Token(i, b, e, word, lemma == null ? word : lemma, l.tag(), l.ner()));
    }
    List<Dependency> deps = new ArrayList<>();
    if (profile.hasDependencies()) {
      SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g != null) {
        for (IndexedWord root : g.getRoots()) {
          deps.add(new Dependency("root", -1, root.index() - 1));
        }
        for (SemanticGraphEdge edge : g.edgeIterable()) {
          deps.add(new Dependency(edge.getRelation().toString(), edge.getGovernor().index() - 1,
              edge.getDependent().index() - 1));
        }
        deps.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor)
            .thenComparing(Dependency::relation));
      }
    }
    int begin = tokens.isEmpty() ? s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) : tokens.get(0).begin();
    int end = tokens.isEmpty() ? begin : tokens.get(tokens.size() - 1).end();
    return new NlpSentence(index, begin, end, body.substring(begin, end), tokens, deps);
  }

  @Override
  public List<String> annotators() {
    return profile.annotators();
  }

  @Override
  public String version() {
    return VERSION;
  }

  public Profile profile() {
    return profile;
  }
}
