package org.framescope.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.framescope.classify.BiasModel;
import org.framescope.clean.Cleaner;
import org.framescope.model.ArticleResult;
import org.framescope.model.CleanText;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.RawDocument;
import org.framescope.model.Span;
import org.framescope.model.Voice;
import org.framescope.model.VoiceSegment;
import org.framescope.nlp.TextAnnotator;
import org.framescope.text.Tokenizer;
import org.framescope.voice.SentenceVoice;
import org.framescope.voice.VoiceResult;
import org.junit.jupiter.api.Test;

/**
 * The stage contract without models: the builder rejects a chain whose requirements are not met and
 * conflicting provenance, the state refuses to hand out what no stage provided, and a pipeline of stub
 * stages assembles the article with every stage's provenance.
 */
public class ArticlePipelineTest {
  static final RawDocument DOC = new RawDocument("d1", "d1.txt", "Title", "Outlet", "2026-01-02", null, null,
      "Troops advanced. The minister said talks would resume.", RawDocument.Format.TEXT, null, "abc123");

  /** A text annotator without CoreNLP: the raw-text tokenizer's sentences. */
  static final TextAnnotator RAW = new TextAnnotator() {
    @Override
    public NlpDocument annotate(String body) {
      return new NlpDocument(body, Tokenizer.sentences(body), annotators());
    }

    @Override
    public List<String> annotators() {
      return List.of("tokenize", "ssplit");
    }

    @Override
    public String version() {
      return "stub-1";
    }
  };

  static final Cleaner KEEP = d -> new CleanText(d.title(), d.content(), List.of(), List.of());

  /** A stage with fixed contract and provenance that does {@code body}. */
  record Stub(String name, Set<Annotation> requires, Set<Annotation> provides, StageProvenance provenance,
              java.util.function.Consumer<ArticleState> body) implements Stage {
    @Override
    public void apply(ArticleState state) {
      body.accept(state);
    }
  }

  static Stage voice(Map<String, String> files) {
    return new Stub("voice", Set.of(Annotation.TOKENS), Set.of(Annotation.VOICE),
        new StageProvenance(files, Map.of(), Map.of()), s -> {
          List<SentenceVoice> sv = new ArrayList<>();
          List<VoiceSegment> segs = new ArrayList<>();
          for (NlpSentence n : s.nlp().sentences()) {
            sv.add(new SentenceVoice(n.index(), Voice.AUTHOR, null));
            segs.add(new VoiceSegment(n.begin(), n.end(), Voice.AUTHOR, null));
          }
          s.setVoice(new VoiceResult(sv, segs, List.of(), List.of()));
        });
  }

  static Stage lexicon() {
    return new Stub("lexicon", Set.of(Annotation.TOKENS), Set.of(Annotation.LEXICON_SPANS),
        new StageProvenance(Map.of("loaded.tsv", "l1"), Map.of(), Map.of()), s -> {
          List<List<Span>> out = new ArrayList<>();
          for (NlpSentence n : s.nlp().sentences()) {
            int i = n.text().indexOf("advanced");
            out.add(i < 0 ? List.of() : List.of(new Span(n.begin() + i, n.begin() + i + 8, "advanced", "loaded",
                "lexicon:test@1", "", 0, 0, false, null)));
          }
          s.setLexiconSpans(out);
        });
  }

  static Stage bias() {
    return new Stub("bias", Set.of(Annotation.TOKENS), Set.of(Annotation.BIAS),
        new StageProvenance(Map.of(), Map.of("bias", "m1"), Map.of()), s -> {
          List<BiasModel.Scored> out = new ArrayList<>();
          for (NlpSentence n : s.nlp().sentences()) {
            out.add(new BiasModel.Scored(null, List.of()));
          }
          s.setBias(out);
        });
  }

  static Stage stance() {
    return new Stub("stance", Set.of(Annotation.SENTENCES), Set.of(Annotation.STANCE), StageProvenance.NONE,
        s -> s.setStance(new TreeMap<>()));
  }

  /** The stub pipeline (no CoreNLP) with every stage; other packages' tests run corpora through it. */
  public static ArticlePipeline.Builder full() {
    return ArticlePipeline.builder().add(new CleanStage(KEEP))
        .add(new NlpStage(RAW, Map.of("profile", "stub")))
        .add(voice(Map.of("actors.tsv", "a1"))).add(lexicon()).add(bias()).add(new SentenceStage()).add(stance());
  }

  @Test
  void stubPipelineAssemblesTheArticleWithAllProvenance() {
    ArticlePipeline p = full().build();
    ArticleResult r = p.analyze(DOC);
    assertEquals(2, r.sentences().size());
    assertEquals(List.of("advanced|loaded"), r.sentences().get(0).spans().stream()
        .map(sp -> sp.text() + "|" + sp.category()).toList());
    assertEquals("stub-1", r.provenance().corenlp());
    assertEquals(Map.of("actors.tsv", "a1", "loaded.tsv", "l1"), r.provenance().lexicons());
    assertEquals(Map.of("bias", "m1"), r.provenance().models());
    assertEquals(Map.of("profile", "stub"), r.provenance().config());
    assertEquals("abc123", r.provenance().inputSha256());
    assertEquals(List.of("clean", "nlp", "voice", "lexicon", "bias", "sentences", "stance"),
        p.stages().stream().map(Stage::name).toList());
  }

  /**
   * The later stages over a batch give each article the result it gets alone; an article whose later stage
   * throws leaves the batch with that failure and the others are unaffected.
   */
  @Test
  void aBatchGivesEachArticleItsOwnResultAndIsolatesAFailure() {
    Stage fragile = new Stub("fragile", Set.of(Annotation.SENTENCES), Set.of(), StageProvenance.NONE, s -> {
      if (s.raw().content().contains("BOOM")) {
        throw new IllegalStateException("boom in " + s.raw().id());
      }
    });
    ArticlePipeline p = full().add(fragile).build();
    List<RawDocument> docs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      docs.add(new RawDocument("d" + i, "d" + i + ".txt", "T" + i, "Outlet", "2026-01-02", null, null,
          (i == 2 ? "BOOM. " : "") + "Troops advanced on day " + i + ". Talks stalled.", RawDocument.Format.TEXT,
          null, "sha" + i));
    }
    List<ArticlePipeline.Prepared> prepared = new ArrayList<>();
    Map<String, Long> nanos = new java.util.HashMap<>();
    for (RawDocument d : docs) {
      prepared.add(p.prepare(d, nanos));
    }
    assertEquals(Set.of("clean", "nlp"), nanos.keySet(), "prepare runs the stages up to the NLP stage");
    List<ArticlePipeline.Finished> fin = p.finish(prepared, nanos);
    assertEquals(5, fin.size());
    for (int i = 0; i < 5; i++) {
      ArticlePipeline.Finished f = fin.get(i);
      assertEquals(docs.get(i), f.document());
      if (i == 2) {
        assertEquals("boom in d2", f.failure().getMessage());
        assertThrows(IllegalStateException.class, f::orThrow);
        assertThrows(IllegalStateException.class, () -> p.analyze(docs.get(2)), "alone it fails the same way");
      } else {
        assertEquals(null, f.failure());
        assertEquals(p.analyze(docs.get(i)), f.result());
      }
    }
    assertEquals(List.of(p.analyze(docs.get(0)), p.analyze(docs.get(1))), p.analyzeAll(docs.subList(0, 2), null));
    assertThrows(IllegalStateException.class, () -> p.finish(prepared.subList(0, 1), null), "a state is finished once");
  }

  @Test
  void samePipelineSameInputSameResult() {
    ArticlePipeline p = full().build();
    assertEquals(p.analyze(DOC), p.analyze(DOC));
  }

  @Test
  void aStageWhoseRequirementsNoEarlierStageProvidesIsRejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ArticlePipeline.builder()
        .add(new CleanStage(KEEP)).add(voice(Map.of())).add(new NlpStage(RAW, Map.of())).build());
    assertTrue(e.getMessage().contains("'voice'") && e.getMessage().contains("TOKENS"), e.getMessage());
  }

  @Test
  void theAssemblyNeedsSentencesAndStance() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ArticlePipeline.builder()
        .add(new CleanStage(KEEP)).add(new NlpStage(RAW, Map.of())).build());
    assertTrue(e.getMessage().contains("assembly") && e.getMessage().contains("STANCE"), e.getMessage());
  }

  @Test
  void twoStagesRecordingDifferentHashesForOneFileAreRejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ArticlePipeline.builder()
        .add(new CleanStage(KEEP)).add(new NlpStage(RAW, Map.of())).add(voice(Map.of("loaded.tsv", "OTHER")))
        .add(lexicon()).add(bias()).add(new SentenceStage()).add(stance()).build());
    assertTrue(e.getMessage().contains("loaded.tsv"), e.getMessage());
  }

  @Test
  void readingAnAnnotationNoStageProvidedFails() {
    ArticleState s = new ArticleState(DOC);
    assertTrue(s.has(Annotation.RAW));
    IllegalStateException e = assertThrows(IllegalStateException.class, s::nlp);
    assertTrue(e.getMessage().contains("TOKENS"), e.getMessage());
  }

  @Test
  void anEmptyBodyIsNotSentToTheAnnotator() {
    TextAnnotator refusing = new TextAnnotator() {
      @Override
      public NlpDocument annotate(String body) {
        throw new AssertionError("annotator called on an empty body");
      }

      @Override
      public List<String> annotators() {
        return List.of("tokenize");
      }

      @Override
      public String version() {
        return "x";
      }
    };
    ArticleState s = new ArticleState(DOC);
    s.setClean(new CleanText("", "", List.of(), List.of("no article text found")));
    new NlpStage(refusing, Map.of()).apply(s);
    assertEquals(0, s.nlp().sentences().size());
  }

  @Test
  void theNlpStageProvidesDependenciesOnlyWhenItParses() {
    assertTrue(!new NlpStage(RAW, Map.of()).provides().contains(Annotation.DEPENDENCIES));
    TextAnnotator parsing = new TextAnnotator() {
      @Override
      public NlpDocument annotate(String body) {
        return RAW.annotate(body);
      }

      @Override
      public List<String> annotators() {
        return List.of("tokenize", "depparse");
      }

      @Override
      public String version() {
        return "x";
      }
    };
    assertTrue(new NlpStage(parsing, Map.of()).provides().contains(Annotation.DEPENDENCIES));
  }
}
