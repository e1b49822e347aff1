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
 *
 * <p>Sentence length is capped ({@link #MAX_SENTENCE_TOKENS}). CoreNLP 4.5.10's sentence splitter has no length
 * limit, its tagger and recogniser only skip long sentences ({@code pos.maxlen}, {@code ner.maxlen}) and its
 * dependency parser only has a per-sentence timeout ({@code depparse.sentenceTimeout}), so the text is first
 * tokenized and split, a sentence over the cap is cut into pieces ({@link SentenceCap}), and only sentences
 * within the cap go on to the tagger, lemmatizer, recogniser and parser. The pieces keep their tokens and are
 * marked {@link NlpSentence#capped()}: a 1 MB text without one full stop is then read in seconds instead of
 * stalling in the parser, and the reader is told which stretch was not analysed.
 */
public final class CoreNlpAnnotator implements TextAnnotator {
  /** CoreNLP version on the classpath (kept in step with the pom). */
  public static final String VERSION = "4.5.10";

  /**
   * Most tokens one sentence may have before it is cut and left unparsed. Far above real sentences (see
   * {@link SentenceCap}); at this length the parser still takes well under a second per sentence.
   */
  public static final int MAX_SENTENCE_TOKENS = 300;

  private static final Map<Profile, CoreNlpAnnotator> CACHE = new EnumMap<>(Profile.class);

  private final Profile profile;
  /** tokenize and ssplit: cheap, run on everything. */
  private final StanfordCoreNLP splitter;
  /** The rest of the profile's annotators, run on the sentences within the cap. */
  private final StanfordCoreNLP pipeline;

  private CoreNlpAnnotator(Profile profile) {
    this.profile = profile;
    if (!Boolean.getBoolean("framescope.corenlp.log")) {
      // CoreNLP's own INFO logging would flood stderr, where our one-line errors and progress go.
      RedwoodConfiguration.current().clear().apply();
    }
    Properties all = properties(profile);
    Properties split = new Properties();
    split.putAll(all);
    split.setProperty("annotators", "tokenize,ssplit");
    Properties rest = new Properties();
    rest.putAll(all);
    rest.setProperty("annotators", String.join(",", profile.annotators().stream()
        .filter(a -> !a.equals("tokenize") && !a.equals("ssplit")).toList()));
    // the splitter above provides tokens and sentences; CoreNLP checks requirements within one pipeline only
    rest.setProperty("enforceRequirements", "false");
    this.splitter = new StanfordCoreNLP(split);
    this.pipeline = new StanfordCoreNLP(rest);
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
    splitter.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      sentences = List.of();
    }
    List<CoreMap> within = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      if (s.get(CoreAnnotations.TokensAnnotation.class).size() <= MAX_SENTENCE_TOKENS) {
        within.add(s);
      }
    }
    if (within.size() == sentences.size()) {
      pipeline.annotate(doc);
    } else {
      // The annotators see only the sentences within the cap; the document keeps all its tokens.
      doc.set(CoreAnnotations.SentencesAnnotation.class, within);
      pipeline.annotate(doc);
      doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    }
    List<NlpSentence> out = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.size() <= MAX_SENTENCE_TOKENS) {
        out.add(convert(out.size(), s, body));
        continue;
      }
      List<String> words = labels.stream().map(CoreLabel::word).toList();
      for (int[] piece : SentenceCap.pieces(words, MAX_SENTENCE_TOKENS)) {
        out.add(capped(out.size(), labels.subList(piece[0], piece[1]), body));
      }
    }
    return new NlpDocument(body, out, profile.annotators());
  }

  /** A piece of an overlong sentence: its tokens only (no tags, entities or dependencies). */
  private static NlpSentence capped(int index, List<CoreLabel> labels, String body) {
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String word = body.substring(l.beginPosition(), l.endPosition());
      tokens.add(new Token(i, l.beginPosition(), l.endPosition(), word, word, "", "O"));
    }
    int begin = tokens.get(0).begin();
    int end = tokens.get(tokens.size() - 1).end();
    return new NlpSentence(index, begin, end, body.substring(begin, end), tokens, List.of(), true);
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
