package org.framescope.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.framescope.model.ArticleResult;
import org.framescope.model.CleanText;
import org.framescope.model.Provenance;
import org.framescope.model.RawDocument;
import org.framescope.model.SentenceResult;
import org.framescope.model.Versions;

/**
 * Runs the per-article stages in order and assembles the {@link ArticleResult}. Input: a {@link RawDocument}.
 * Output: the article document, deterministic for the same input and configuration (no timestamps).
 * Thread-safe when its stages are. Built by {@link Builder}, which checks that each stage's requirements are
 * provided by an earlier stage and gathers every stage's provenance once.
 *
 * <p>Two halves: {@link #prepare} runs the stages up to and including the NLP stage on one article (where the
 * time of a pathological input goes, so a caller can give each article a time budget), and {@link #finish}
 * runs the rest stage by stage over a batch of prepared articles. Running one stage over several articles in a
 * row keeps its model tables in the processor's caches, which CoreNLP evicts between articles: in
 * {@code framescope bench}, batches of 8 cut the fast profile's engine overhead by about a point. Each
 * article's result is the same as alone.
 */
public final class ArticlePipeline {
  /** Flag prefix of an article in another language ("language:de"): kept, not scored. */
  public static final String LANGUAGE_FLAG = "language:";

  /** What the final assembly reads. */
  static final Set<Annotation> ASSEMBLY_REQUIRES =
      Set.of(Annotation.BODY, Annotation.TOKENS, Annotation.SENTENCES, Annotation.STANCE);

  private final List<Stage> stages;
  /** Index of the first stage {@link #finish} runs (the one after the NLP stage). */
  private final int firstBatched;
  private final String corenlpVersion;
  private final List<String> annotators;
  private final StageProvenance provenance;

  private ArticlePipeline(List<Stage> stages, String corenlpVersion, List<String> annotators,
                          StageProvenance provenance) {
    this.stages = List.copyOf(stages);
    int nlp = 0;
    for (int i = 0; i < this.stages.size(); i++) {
      if (this.stages.get(i) instanceof NlpStage) {
        nlp = i;
      }
    }
    this.firstBatched = nlp + 1;
    this.corenlpVersion = corenlpVersion;
    this.annotators = List.copyOf(annotators);
    this.provenance = provenance;
  }

  /** A builder for a pipeline of the given stages. */
  public static Builder builder() {
    return new Builder();
  }

  /** The stages in the order they run. */
  public List<Stage> stages() {
    return stages;
  }

  /** Everything the stages record in provenance, merged. */
  public StageProvenance provenance() {
    return provenance;
  }

  public ArticleResult analyze(RawDocument doc) {
    return analyze(doc, null);
  }

  /**
   * Analyses one article and adds each stage's wall time (nanoseconds, by stage name) and the final
   * assembly's (under {@code "assemble"}) to {@code stageNanos} when it is not null; for benchmarks.
   */
  public ArticleResult analyze(RawDocument doc, Map<String, Long> stageNanos) {
    return finish(List.of(prepare(doc, stageNanos)), stageNanos).get(0).orThrow();
  }

  /**
   * {@link #analyze(RawDocument, Map)} of each document, the later stages over batches formed as a corpus run forms
   * them ({@link CorpusRunner#fill}); for benchmarks, the first failure is thrown.
   */
  public List<ArticleResult> analyzeAll(List<RawDocument> docs, Map<String, Long> stageNanos) {
    List<ArticleResult> out = new ArrayList<>(docs.size());
    for (int from = 0; from < docs.size(); ) {
      int to = CorpusRunner.fill(k -> docs.get(k).content().length(), from, docs.size());
      List<Prepared> prepared = new ArrayList<>();
      for (RawDocument d : docs.subList(from, to)) {
        prepared.add(prepare(d, stageNanos));
      }
      for (Finished f : finish(prepared, stageNanos)) {
        out.add(f.orThrow());
      }
      from = to;
    }
    return out;
  }

  /** An article through the stages up to the NLP stage, ready for {@link #finish} (once). */
  public static final class Prepared {
    private final RawDocument doc;
    private final ArticleState state;
    private boolean finished;

    private Prepared(RawDocument doc, ArticleState state) {
      this.doc = doc;
      this.state = state;
    }

    public RawDocument document() {
      return doc;
    }
  }

  /** The outcome of one article in {@link #finish}: its result, or what its stage threw. */
  public record Finished(RawDocument document, ArticleResult result, Throwable failure) {
    /** The result, or the failure thrown as it was. */
    public ArticleResult orThrow() {
      if (failure instanceof RuntimeException re) {
        throw re;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return result;
    }
  }

  /**
   * The first half: the stages up to and including the NLP stage on one article (stage times added to
   * {@code stageNanos} when not null). Exceptions propagate.
   */
  public Prepared prepare(RawDocument doc, Map<String, Long> stageNanos) {
    ArticleState state = new ArticleState(doc);
    for (int i = 0; i < firstBatched; i++) {
      run(stages.get(i), state, stageNanos);
    }
    return new Prepared(doc, state);
  }

  /**
   * The second half: the remaining stages, each over every article of the batch in turn, then the assembly; one
   * outcome per article in order. An article whose stage throws a {@link RuntimeException} or a
   * {@link StackOverflowError} gets that as its failure and leaves the batch; the others go on.
   */
  public List<Finished> finish(List<Prepared> batch, Map<String, Long> stageNanos) {
    for (Prepared p : batch) {
      if (p.finished) {
        throw new IllegalStateException("article " + p.doc.id() + " was already finished (its state is spent)");
      }
      p.finished = true;
    }
    Throwable[] failed = new Throwable[batch.size()];
    for (int i = firstBatched; i < stages.size(); i++) {
      Stage s = stages.get(i);
      long t0 = stageNanos == null ? 0 : System.nanoTime();
      for (int k = 0; k < batch.size(); k++) {
        if (failed[k] == null) {
          try {
            s.apply(batch.get(k).state);
          } catch (RuntimeException | StackOverflowError e) {
            failed[k] = e;
          }
        }
      }
      if (stageNanos != null) {
        stageNanos.merge(s.name(), System.nanoTime() - t0, Long::sum);
      }
    }
    long a0 = stageNanos == null ? 0 : System.nanoTime();
    List<Finished> out = new ArrayList<>(batch.size());
    for (int k = 0; k < batch.size(); k++) {
      Prepared p = batch.get(k);
      ArticleResult r = null;
      if (failed[k] == null) {
        try {
          r = assemble(p.doc, p.state);
        } catch (RuntimeException | StackOverflowError e) {
          failed[k] = e;
        }
      }
      out.add(new Finished(p.doc, r, failed[k]));
    }
    if (stageNanos != null) {
      stageNanos.merge("assemble", System.nanoTime() - a0, Long::sum);
    }
    return out;
  }

  private static void run(Stage s, ArticleState state, Map<String, Long> stageNanos) {
    long t0 = stageNanos == null ? 0 : System.nanoTime();
    s.apply(state);
    if (stageNanos != null) {
      stageNanos.merge(s.name(), System.nanoTime() - t0, Long::sum);
    }
  }

  private ArticleResult assemble(RawDocument doc, ArticleState state) {
    CleanText clean = state.clean();
    List<SentenceResult> sentences = state.sentences();
    SortedMap<String, Double> metrics = ArticleMetrics.metrics(state.nlp(), sentences, state.voice().attributions(),
        clean.removed().size());
    List<String> flags = clean.flags();
    if (!state.scored()) {
      // Only the counts: a rate of 0 loaded words would read as a measured absence.
      metrics.keySet().retainAll(Set.of("tokens", "sentences", "removedBlocks"));
      flags = new ArrayList<>(flags);
      flags.add(LANGUAGE_FLAG + state.language());
    }
    Provenance prov = new Provenance(Versions.FRAMESCOPE, corenlpVersion, annotators, provenance.lexicons(),
        provenance.models(), provenance.config(), doc.sha256());
    return new ArticleResult(ArticleResult.SCHEMA, doc.id(), doc.source(),
        clean.title().isBlank() ? doc.title() : clean.title(), doc.outlet(), doc.published(), doc.url(),
        doc.meta().outletGroup(), doc.meta().event(), doc.meta().country(), doc.meta().ownership(),
        clean.body(), clean.removed(), sentences, state.voice().attributions(), state.stance(),
        ArticleMetrics.frames(sentences), metrics, flags, prov);
  }

  /**
   * Collects stages in order; {@link #build()} checks the chain: every stage's requirements must be provided
   * by a stage before it, the final assembly's by some stage, and two stages must not record different values
   * under one provenance key.
   */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();
    private final List<StageProvenance> recorded = new ArrayList<>();

    private Builder() { }

    /**
     * Records provenance of what shaped the documents before the pipeline (ingestion: manifest, outlet
     * registry, overrides), merged like a stage's.
     */
    public Builder record(StageProvenance p) {
      recorded.add(Objects.requireNonNull(p, "provenance"));
      return this;
    }

    public Builder add(Stage stage) {
      stages.add(Objects.requireNonNull(stage, "stage"));
      return this;
    }

    /** @throws IllegalStateException naming the stage and what it lacks, or the conflicting provenance key */
    public ArticlePipeline build() {
      Set<Annotation> have = EnumSet.of(Annotation.RAW);
      NlpStage nlp = null;
      for (Stage s : stages) {
        Set<Annotation> missing = EnumSet.noneOf(Annotation.class);
        missing.addAll(s.requires());
        missing.removeAll(have);
        if (!missing.isEmpty()) {
          throw new IllegalStateException("stage '" + s.name() + "' requires " + missing
              + " that no earlier stage provides");
        }
        have.addAll(s.provides());
        if (s instanceof NlpStage n) {
          nlp = n;
        }
      }
      Set<Annotation> missing = EnumSet.noneOf(Annotation.class);
      missing.addAll(ASSEMBLY_REQUIRES);
      missing.removeAll(have);
      if (!missing.isEmpty()) {
        throw new IllegalStateException("the article assembly requires " + missing + " that no stage provides");
      }
      if (nlp == null) {
        throw new IllegalStateException("no NLP stage");
      }
      Map<String, String> lexicons = new TreeMap<>();
      Map<String, String> models = new TreeMap<>();
      Map<String, String> config = new TreeMap<>();
      for (StageProvenance p : recorded) {
        merge(lexicons, p.lexicons(), "ingest", "lexicon");
        merge(models, p.models(), "ingest", "model");
        merge(config, p.config(), "ingest", "setting");
      }
      for (Stage s : stages) {
        merge(lexicons, s.provenance().lexicons(), s.name(), "lexicon");
        merge(models, s.provenance().models(), s.name(), "model");
        merge(config, s.provenance().config(), s.name(), "setting");
      }
      return new ArticlePipeline(stages, nlp.annotator().version(), nlp.annotator().annotators(),
          new StageProvenance(lexicons, models, config));
    }

    private static void merge(Map<String, String> into, Map<String, String> from, String stage, String what) {
      from.forEach((k, v) -> {
        String old = into.putIfAbsent(k, v);
        if (old != null && !old.equals(v)) {
          throw new IllegalStateException("stage '" + stage + "' records " + what + " '" + k + "' as " + v
              + " but an earlier stage recorded " + old);
        }
      });
    }
  }
}
