package org.framescope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.framescope.eval.BiasEvaluation;
import org.framescope.classify.Datasets;
import org.framescope.classify.SmileFit;
import org.framescope.eval.StanceEvaluation;
import org.framescope.classify.StanceLexicon;
import org.framescope.classify.StanceModel;
import org.framescope.classify.StanceTrainer;
import org.framescope.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code framescope evaluate bias|stance|words}: measures the classifiers and their baselines in one
 * run and prints a text or JSON summary on stdout (progress on stderr). Exit 0 ok, 2 bad input.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluate classifiers with baselines (bias: k-fold CV on BABE; stance: NewsMTSC devtest; words: token level).",
    subcommands = {EvaluateCommand.Bias.class, EvaluateCommand.Stance.class, EvaluateCommand.Words.class,
        EvaluateCommand.StanceValidation.class, EvaluationSuites.Boilerplate.class, EvaluationSuites.Spans.class,
        EvaluationSuites.Voice.class, EvaluationSuites.Events.class, EvaluationSuites.Attribution.class,
        EvaluationSuites.BasilStance.class, EvaluationSuites.BasilOutlets.class,
        EvaluateExtraction.class, EvaluateHighlights.class, EvaluatePolnear.class})
public final class EvaluateCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = org.framescope.io.Json.mapper();

  @Override
  public Integer call() {
    System.err.println("evaluate: choose one of bias, words, stance, stance-validation, boilerplate, spans, voice, events, attribution, basil-stance, basil-outlets, extraction, highlights, polnear (see --help)");
    return 2;
  }


  static SmileFit.Family family(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "logistic", "lr" -> SmileFit.Family.LOGISTIC;
      case "maxent" -> SmileFit.Family.MAXENT;
      default -> throw new IllegalArgumentException("unknown model family '" + name + "' (logistic, maxent)");
    };
  }

  /** Stance settings by name: logistic (the shipped kind), maxent, ensemble (logistic averaged with maxent). */
  static StanceTrainer.Params stanceParams(String name, long seed, StanceLexicon lexicon) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "logistic", "lr" -> StanceTrainer.defaults(seed, lexicon);
      case "ensemble" -> new StanceTrainer.Params(SmileFit.Family.LOGISTIC, List.of(1.0, 2.0), seed, lexicon,
          List.of(16.0));
      case "maxent" -> new StanceTrainer.Params(SmileFit.Family.MAXENT, List.of(4.0, 16.0), seed, lexicon, List.of());
      default -> throw new IllegalArgumentException("unknown stance model '" + name + "' (ensemble, logistic, maxent)");
    };
  }

  /** The valence lexicon for the stance features: the given file, else lexicons/loaded.tsv. */
  static StanceLexicon valenceLexicon(Path p) throws InputException {
    return StanceLexicon.read(p != null ? p : Path.of("lexicons", "loaded.tsv"));
  }

  static void print(ObjectNode summary, String format, String text) throws Exception {
    if (format.equals("json")) {
      System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
    } else {
      System.out.print(text);
    }
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  static void reportLines(StringBuilder sb, String label, JsonNode r) {
    sb.append(String.format(Locale.ROOT, "%-28s macro-F1 %s  accuracy %s%n", label, fmt(r.path("macroF1").asDouble()),
        fmt(r.path("accuracy").asDouble())));
    r.path("perClass").fields().forEachRemaining(e -> sb.append(String.format(Locale.ROOT,
        "    %-12s P %s  R %s  F1 %s  n=%d%n", e.getKey(), fmt(e.getValue().path("precision").asDouble()),
        fmt(e.getValue().path("recall").asDouble()), fmt(e.getValue().path("f1").asDouble()),
        e.getValue().path("support").asInt())));
    sb.append("    confusion (rows gold, cols predicted): ").append(r.path("confusion")).append('\n');
  }

  static void checkFormat(String format) {
    if (!format.equals("text") && !format.equals("json")) {
      throw new IllegalArgumentException("--format must be text or json, got '" + format + "'");
    }
  }

  /** framescope evaluate bias. */
  @Command(name = "bias", mixinStandardHelpOptions = true,
      description = "Stratified k-fold CV of the sentence bias classifier on a BABE-format CSV, with baselines and calibration.")
  public static final class Bias implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    BabeFolds cv;
    @Option(names = "--families", defaultValue = "logistic,maxent", split = ",",
        description = "model families to compare (default: ${DEFAULT-VALUE})")
    List<String> families;
    @Option(names = "--accurate", description = "evaluate the accurate model kind (features + sentence embedding)")
    boolean accurate;
    @Option(names = "--embedding-scale", defaultValue = "" + TrainCommand.BIAS_EMBEDDING_SCALE,
        description = "factor on the embedding with --accurate (default: ${DEFAULT-VALUE})")
    double embeddingScale;
    @Option(names = "--model", description = "score --data with a model as it is, no retraining: 'shipped', "
        + "'shipped-accurate' or a model file (CSV or JSONL with text and label columns, see docs)")
    String model;

    @Override
    public Integer call() throws Exception {
      return Guard.run("evaluate bias", () -> {
        checkFormat(cv.format);
        if (model != null) {
          return transfer();
        }
        List<SmileFit.Family> fams = new ArrayList<>();
        for (String f : families) {
          fams.add(family(f));
        }
        Datasets.Babe babe = cv.babe();
        long t0 = System.nanoTime();
        org.framescope.classify.FeatureConfig fc = org.framescope.classify.FeatureConfig.DEFAULT;
        org.framescope.classify.SentenceEncoder enc = null;
        if (accurate) {
          enc = new org.framescope.classify.EmbeddingCache(org.framescope.classify.OnnxSentenceEncoder.shared());
          fc = fc.withEmbedding(enc.id(), embeddingScale);
        }
        BiasEvaluation.Outcome o = BiasEvaluation.run(babe, cv.folds, cv.seed, fams, cv.wordList, System.err, fc, enc);
        o.summary().put("totalSeconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
        print(o.summary(), cv.format, text(o.summary()));
        return 0;
      });
    }

    /** Scores the given data with a model as it is (honest transfer), prints AUC, macro-F1, per outlet. */
    private int transfer() throws Exception {
      if (cv.data == null) {
        throw new IllegalArgumentException("--model needs --data FILE (the sentences to score)");
      }
      org.framescope.eval.BiasTransferEvaluation.Data d = org.framescope.eval.BiasTransferEvaluation.read(cv.data);
      org.framescope.classify.BiasModel m = switch (model) {
        case "shipped" -> org.framescope.classify.BiasModel.loadDefault();
        case "shipped-accurate" -> org.framescope.classify.BiasModel.loadAccurate();
        default -> org.framescope.classify.BiasModel.load(Path.of(model));
      };
      org.framescope.classify.SentenceEncoder enc = m.needsEmbedding()
          ? org.framescope.classify.OnnxSentenceEncoder.shared() : null;
      ObjectNode s = org.framescope.eval.BiasTransferEvaluation.run(d, m, model, enc);
      StringBuilder sb = new StringBuilder();
      sb.append("data ").append(d.path()).append(" sha256 ").append(d.sha256()).append('\n');
      sb.append(String.format(Locale.ROOT, "rows %d (biased %d), dropped %d with another label; model %s (%s), as shipped%n",
          d.rows().size(), s.path("data").path("biased").asInt(), d.dropped(), m.name(), model));
      sb.append(String.format(Locale.ROOT, "ROC-AUC %s  macro-F1 %s (threshold 0.5)  accuracy %s  Brier %s  mean P(biased) %s%n",
          s.path("rocAuc").isNull() ? "n/a (one class)" : fmt(s.path("rocAuc").asDouble()),
          fmt(s.path("macroF1").asDouble()), fmt(s.path("accuracy").asDouble()), fmt(s.path("brier").asDouble()),
          fmt(s.path("meanProbability").asDouble())));
      if (s.has("perOutlet")) {
        sb.append("per outlet: sentences, mean P(biased), gold biased share\n");
        s.path("perOutlet").fields().forEachRemaining(e -> sb.append(String.format(Locale.ROOT, "    %-28s %5d  %s  %s%n",
            e.getKey(), e.getValue().path("sentences").asInt(), fmt(e.getValue().path("meanProbability").asDouble()),
            fmt(e.getValue().path("goldBiasedShare").asDouble()))));
      }
      print(s, cv.format, sb.toString());
      return 0;
    }

    static String text(ObjectNode s) {
      StringBuilder sb = new StringBuilder();
      JsonNode d = s.path("data");
      sb.append("data ").append(d.path("path").asText()).append(" sha256 ").append(d.path("sha256").asText())
          .append('\n').append(String.format(Locale.ROOT, "rows %d (biased %d, non-biased %d), dropped %d other labels; %d folds, seed %d%n",
              d.path("rows").asInt(), d.path("biased").asInt(), d.path("nonBiased").asInt(),
              d.path("droppedOtherLabels").asInt(), s.path("folds").asInt(), s.path("seed").asLong()));
      s.path("models").fields().forEachRemaining(e -> {
        reportLines(sb, "model " + e.getKey() + " (pooled OOF)", e.getValue().path("pooled"));
        sb.append(String.format(Locale.ROOT, "    fold mean macro-F1 %s sd %s; sentence-model training %.1f s%n",
            fmt(e.getValue().path("foldMeanMacroF1").asDouble()), fmt(e.getValue().path("foldSdMacroF1").asDouble()),
            e.getValue().path("sentenceModelTrainSeconds").asDouble()));
      });
      sb.append("best: ").append(s.path("best").asText()).append('\n');
      reportLines(sb, "baseline majority", s.path("baselines").path("majority"));
      reportLines(sb, "baseline lexicon", s.path("baselines").path("lexicon"));
      JsonNode c = s.path("calibration");
      sb.append(String.format(Locale.ROOT, "calibration (%s): Brier raw %s (ECE %s), Brier Platt %s (ECE %s)%n",
          c.path("model").asText(), fmt(c.path("brierRaw").asDouble()), fmt(c.path("eceRaw").asDouble()),
          fmt(c.path("brierPlatt").asDouble()), fmt(c.path("ecePlatt").asDouble())));
      sb.append("    bin          n   raw mean/observed        n   Platt mean/observed\n");
      for (int b = 0; b < 10; b++) {
        JsonNode r = c.path("reliabilityRaw").get(b);
        JsonNode p = c.path("reliabilityPlatt").get(b);
        sb.append(String.format(Locale.ROOT, "    %.1f-%.1f  %5d   %-6s / %-6s     %5d   %-6s / %-6s%n",
            r.path("lo").asDouble(), r.path("hi").asDouble(), r.path("count").asInt(),
            r.path("meanPredicted").asText(), r.path("observed").asText(), p.path("count").asInt(),
            p.path("meanPredicted").asText(), p.path("observed").asText()));
      }
      JsonNode w = s.path("words");
      sb.append(String.format(Locale.ROOT, "words (token level, biased-word class): model P %s R %s F1 %s; word-list baseline P %s R %s F1 %s%n",
          fmt(w.path("model").path("precision").asDouble()), fmt(w.path("model").path("recall").asDouble()),
          fmt(w.path("model").path("f1").asDouble()), fmt(w.path("lexiconBaseline").path("precision").asDouble()),
          fmt(w.path("lexiconBaseline").path("recall").asDouble()), fmt(w.path("lexiconBaseline").path("f1").asDouble())));
      sb.append(String.format(Locale.ROOT, "time: word model + stacking %.1f s, total %.1f s%n",
          s.path("wordModelAndStackingTrainSeconds").asDouble(), s.path("totalSeconds").asDouble()));
      return sb.toString();
    }
  }

  /** framescope evaluate words: the token-level part of the bias evaluation. */
  @Command(name = "words", mixinStandardHelpOptions = true,
      description = "Token-level CV of the biased-word model on BABE biased_words (same folds as evaluate bias).")
  public static final class Words implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    BabeFolds cv;

    @Override
    public Integer call() throws Exception {
      return Guard.run("evaluate words", () -> {
        checkFormat(cv.format);
        Datasets.Babe babe = cv.babe();
        ObjectNode s = BiasEvaluation.runWords(babe, cv.folds, cv.seed, cv.wordList, System.err);
        JsonNode w = s;
        String text = String.format(Locale.ROOT, "token level, biased-word class (%d folds, seed %d, data sha256 %s)%n"
            + "  model     P %s R %s F1 %s (gold tokens %d)%n  word list P %s R %s F1 %s%n  time %.1f s%n", cv.folds, cv.seed,
            babe.sha256(),
            fmt(w.path("model").path("precision").asDouble()), fmt(w.path("model").path("recall").asDouble()),
            fmt(w.path("model").path("f1").asDouble()), w.path("model").path("support").asInt(),
            fmt(w.path("lexiconBaseline").path("precision").asDouble()),
            fmt(w.path("lexiconBaseline").path("recall").asDouble()),
            fmt(w.path("lexiconBaseline").path("f1").asDouble()), w.path("seconds").asDouble());
        print(s, cv.format, text);
        return 0;
      });
    }
  }

  /** framescope evaluate stance. */
  @Command(name = "stance", mixinStandardHelpOptions = true,
      description = "Evaluate stance models on a NewsMTSC JSONL (trained fresh from --train, and/or --model), with a cue-word baseline.")
  public static final class Stance implements Callable<Integer> {
    @Option(names = "--data", description = "test JSONL (default: shared devtest_mt.jsonl)")
    Path data;
    @Option(names = "--model", description = "a stance model file to evaluate ('shipped' / 'shipped-accurate' for the bundled ones)")
    String model;
    @Option(names = "--train", description = "training JSONL (default: shared train.jsonl when no --model)")
    Path train;
    @Option(names = "--families", defaultValue = "logistic", split = ",",
        description = "models to train fresh: logistic, maxent, ensemble (default: ${DEFAULT-VALUE})")
    List<String> families;
    @Option(names = "--valence-lexicon", description = "valence lexicon for the stance features (default: lexicons/loaded.tsv)")
    Path valenceLexicon;
    @Option(names = "--lexicon", description = "cue lexicon (DataFile with a valence column) for the baseline")
    Path lexicon;
    @Option(names = "--seed", defaultValue = "42")
    long seed;
    @Option(names = "--format", defaultValue = "text")
    String format;

    @Override
    public Integer call() throws Exception {
      return Guard.run("evaluate stance", () -> {
        checkFormat(format);
        Datasets.Mtsc test = Datasets.readMtsc(data != null ? data : Datasets.defaultMtscDevtest());
        Path trainPath = train != null ? train : (model == null ? Datasets.defaultMtscTrain() : null);
        Datasets.Mtsc tr = trainPath != null ? Datasets.readMtsc(trainPath) : null;
        List<StanceEvaluation.Candidate> cands = new ArrayList<>();
        if (model != null) {
          StanceModel m = model.equals("shipped") ? StanceModel.loadDefault()
              : model.equals("shipped-accurate") ? StanceModel.loadAccurate() : StanceModel.load(Path.of(model));
          cands.add(new StanceEvaluation.Candidate("file:" + m.name(), m, 0, Map.of("source", model),
              m.needsEncoder() ? org.framescope.classify.OnnxSentenceEncoder.shared() : null));
        }
        if (tr != null) {
          StanceLexicon lex = valenceLexicon(valenceLexicon);
          for (String f : families) {
            StanceTrainer.Params params = stanceParams(f, seed, lex);
            long t0 = System.nanoTime();
            StanceTrainer.Result r = StanceTrainer.fit(tr.rows(), params);
            double secs = (System.nanoTime() - t0) / 1e9;
            TreeMap<String, String> info = new TreeMap<>(params.asMap());
            info.put("chosenLambda", Double.toString(r.lambda()));
            info.put("heldOutMacroF1", r.heldOutMacroF1().toString());
            if (!params.maxentLambdas().isEmpty()) {
              info.put("chosenMaxentLambda", Double.toString(r.maxentLambda()));
              info.put("heldOutMaxentMacroF1", r.heldOutMaxentMacroF1().toString());
              info.put("heldOutEnsembleMacroF1", Double.toString(r.heldOutEnsembleMacroF1()));
            }
            System.err.printf(Locale.ROOT, "trained %s in %.1f s (lambda %s)%n", f, secs, r.lambda());
            cands.add(new StanceEvaluation.Candidate(f.toLowerCase(Locale.ROOT), r.model(), secs, info));
          }
        }
        ObjectNode s = StanceEvaluation.run(test, tr, cands, lexicon);
        s.put("seed", seed);
        StringBuilder sb = new StringBuilder();
        sb.append("test ").append(s.path("data").path("test").asText()).append(" sha256 ")
            .append(s.path("data").path("testSha256").asText()).append(" targets ")
            .append(s.path("data").path("testTargets").asInt()).append('\n');
        if (tr != null) {
          sb.append("train ").append(tr.path()).append(" sha256 ").append(tr.sha256()).append(" targets ")
              .append(tr.rows().size()).append('\n');
        }
        s.path("models").fields().forEachRemaining(e -> {
          reportLines(sb, "model " + e.getKey(), e.getValue());
          sb.append(String.format(Locale.ROOT, "    training %.1f s; %s%n", e.getValue().path("trainSeconds").asDouble(),
              e.getValue().path("info")));
        });
        if (s.has("best")) {
          sb.append("best: ").append(s.path("best").asText()).append('\n');
        }
        s.path("baselines").fields().forEachRemaining(e -> reportLines(sb, "baseline " + e.getKey(), e.getValue()));
        print(s, format, sb.toString());
        return 0;
      });
    }
  }

  /** framescope evaluate stance-validation: feature/setting search on a held-out split of train.jsonl. */
  @Command(name = "stance-validation", mixinStandardHelpOptions = true,
      description = "Score stance configurations (GROUPS[@LAMBDA[@FAMILY]]) on the seeded 20%% held-out split of the training file; the test file is not read.")
  public static final class StanceValidation implements Callable<Integer> {
    @Option(names = {"--data", "--train"}, paramLabel = "FILE",
        description = "NewsMTSC training JSONL whose seeded 20%% held-out split is scored (default: shared train.jsonl;"
            + " --train is the old name)")
    Path train;
    @Option(names = "--valence-lexicon", description = "valence lexicon for the lex group (default: lexicons/loaded.tsv)")
    Path valenceLexicon;
    @Option(names = "--seed", defaultValue = "42")
    long seed;
    @Option(names = "--format", defaultValue = "text")
    String format;
    @picocli.CommandLine.Parameters(arity = "1..*", paramLabel = "CONFIG",
        description = "e.g. base lex lex@2 lex,win@2 lex@16@maxent lex,-c@2 lex,dup@2")
    List<String> configs;

    @Override
    public Integer call() throws Exception {
      return Guard.run("evaluate stance-validation", () -> {
        checkFormat(format);
        Datasets.Mtsc tr = Datasets.readMtsc(train != null ? train : Datasets.defaultMtscTrain());
        StanceLexicon lex = valenceLexicon(valenceLexicon);
        boolean embeds = configs.stream().anyMatch(c -> c.contains("E:"));
        ObjectNode s = org.framescope.eval.StanceValidation.run(tr.rows(), lex, configs, seed,
            line -> System.err.println(line), embeds ? TrainCommand.encoder() : null);
        s.put("train", tr.path().toString());
        s.put("trainSha256", tr.sha256());
        StringBuilder sb = new StringBuilder();
        s.path("configs").fields().forEachRemaining(e -> reportLines(sb, e.getKey(), e.getValue().path("heldOut")));
        print(s, format, sb.toString());
        return 0;
      });
    }
  }
}
