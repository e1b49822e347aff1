package org.framescope.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.framescope.classify.BiasModel;
import org.framescope.classify.BiasTrainer;
import org.framescope.classify.Datasets;
import org.framescope.stats.Metrics;
import org.framescope.classify.ModelFile;
import org.framescope.classify.StanceLexicon;
import org.framescope.classify.StanceModel;
import org.framescope.classify.StanceTrainer;
import org.framescope.resource.DataFile;
import org.framescope.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code framescope train bias|stance|attribution}: trains a classifier and writes a model file with provenance.
 * Exit 0 on success, 2 on bad input (one line on stderr naming the input).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a classifier (bias on BABE, stance on NewsMTSC, attribution on PolNeAR) and write a model file.",
    subcommands = {TrainCommand.Bias.class, TrainCommand.Stance.class, TrainAttribution.class,
        TrainCueSentences.class})
public final class TrainCommand implements Callable<Integer> {
  /** Factor on the sentence embedding in the accurate bias model (chosen by CV, docs/evaluation-classifiers.md). */
  static final double BIAS_EMBEDDING_SCALE = 1.0;
  /** Factor on the embeddings in the accurate stance model (chosen on the held-out split of train.jsonl). */
  static final double STANCE_EMBEDDING_SCALE = 2.0;
  /** Embedded texts of the accurate stance model. */
  static final String STANCE_EMBED_PARTS = "marked,clause,sentence";

  static org.framescope.classify.SentenceEncoder encoder() throws InputException {
    return new org.framescope.classify.EmbeddingCache(org.framescope.classify.OnnxSentenceEncoder.shared());
  }
  @Override
  public Integer call() {
    System.err.println("train: choose a model: bias, stance or attribution");
    return 2;
  }


  static void write(Path out, byte[] bytes) throws InputException {
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      org.framescope.io.AtomicFiles.write(out, o -> o.write(bytes));
    } catch (IOException e) {
      throw new InputException(out.toString(), "cannot write model (" + e.getMessage() + ")");
    }
  }

  /** framescope train bias. */
  @Command(name = "bias", mixinStandardHelpOptions = true,
      description = "Train the sentence bias model (with its biased-word model) on a BABE-format CSV.")
  public static final class Bias implements Callable<Integer> {
    @Option(names = "--data", description = "BABE-format CSV (default: shared BABE SG2)")
    Path data;
    @Option(names = "--seed", defaultValue = "42", description = "seed (default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--folds", defaultValue = "5", description = "CV folds for calibration (default: ${DEFAULT-VALUE})")
    int folds;
    @Option(names = "--out", defaultValue = "bias-babe.json", description = "output file (default: ${DEFAULT-VALUE})")
    Path out;
    @Option(names = "--accurate", description = "train the accurate kind (light features + sentence embedding)")
    boolean accurate;
    @Option(names = "--embedding-scale", defaultValue = "" + BIAS_EMBEDDING_SCALE,
        description = "factor on the embedding with --accurate (default: ${DEFAULT-VALUE})")
    double embeddingScale;

    @Override
    public Integer call() {
      try {
        Datasets.Babe babe = Datasets.readBabe(data != null ? data : Datasets.defaultBabe());
        long t0 = System.nanoTime();
        BiasTrainer.Params p = BiasTrainer.defaults(seed);
        org.framescope.classify.SentenceEncoder enc = null;
        if (accurate) {
          enc = encoder();
          p = new BiasTrainer.Params(p.features().withEmbedding(enc.id(), embeddingScale), p.family(), p.lambdas(),
              p.wordLambda(), p.stackFolds(), p.seed());
        }
        BiasModel m = BiasTrainer.trainCalibrated(babe, p, folds, enc);
        byte[] bytes = m.toBytes();
        write(out, bytes);
        System.err.printf(java.util.Locale.ROOT, "trained %s on %d rows (%d dropped) in %.1f s; cv macro-F1 %s; wrote %s (%d bytes)%n",
            m.name(), babe.rows().size(), babe.dropped(), (System.nanoTime() - t0) / 1e9,
            m.provenance().path("cv").path("macroF1").asText(), out, bytes.length);
        return 0;
      } catch (InputException e) {
        System.err.println(e.getMessage());
        return 2;
      }
    }
  }

  /** framescope train stance. */
  @Command(name = "stance", mixinStandardHelpOptions = true,
      description = "Train the target-dependent stance model on NewsMTSC train.jsonl.")
  public static final class Stance implements Callable<Integer> {
    @Option(names = "--data", description = "NewsMTSC training JSONL (default: shared train.jsonl)")
    Path data;
    @Option(names = "--devtest", description = "JSONL whose scores are recorded in the provenance (default: shared devtest_mt.jsonl if present)")
    Path devtest;
    @Option(names = "--family", defaultValue = "logistic", description = "logistic, maxent or ensemble (logistic + maxent) (default: ${DEFAULT-VALUE})")
    String family;
    @Option(names = "--valence-lexicon", description = "valence lexicon for the features (default: lexicons/loaded.tsv)")
    Path valenceLexicon;
    @Option(names = "--seed", defaultValue = "42", description = "seed (default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--out", defaultValue = "stance-newsmtsc.json", description = "output file (default: ${DEFAULT-VALUE})")
    Path out;
    @Option(names = "--accurate", description = "train the accurate kind (features + embeddings of the marked sentence/clause)")
    boolean accurate;
    @Option(names = "--embed", defaultValue = STANCE_EMBED_PARTS,
        description = "with --accurate: embedded texts, from marked, clause, sentence (default: ${DEFAULT-VALUE})")
    String embed;
    @Option(names = "--embedding-scale", defaultValue = "" + STANCE_EMBEDDING_SCALE,
        description = "with --accurate: factor on the embeddings (default: ${DEFAULT-VALUE})")
    double embeddingScale;
    @Option(names = "--tune-offsets", description = "tune class offsets on the held-out split of the training file (default: off; cross-tuned offsets did not help on held-out data)")
    Boolean tuneOffsets;

    @Override
    public Integer call() throws Exception {
      return Guard.run("train stance", () -> {
        Path lexPath = valenceLexicon != null ? valenceLexicon : Path.of("lexicons", "loaded.tsv");
        StanceLexicon lex = EvaluateCommand.valenceLexicon(lexPath);
        Datasets.Mtsc train = Datasets.readMtsc(data != null ? data : Datasets.defaultMtscTrain());
        long t0 = System.nanoTime();
        StanceTrainer.Params p = EvaluateCommand.stanceParams(family, seed, lex);
        org.framescope.classify.SentenceEncoder enc = null;
        if (accurate) {
          enc = encoder();
          p = p.with(p.config().withEmbedding(enc.id(), new java.util.TreeSet<>(java.util.Arrays.asList(embed.split(","))),
              embeddingScale), tuneOffsets != null && tuneOffsets);
        } else if (tuneOffsets != null && tuneOffsets) {
          p = p.with(p.config(), true);
        }
        StanceTrainer.Result r = StanceTrainer.fit(train.rows(), p, enc);
        double secs = (System.nanoTime() - t0) / 1e9;
        ObjectNode prov = JsonNodeFactory.instance.objectNode();
        prov.put("trainingData", train.path().getFileName().toString());
        prov.put("trainingDataSha256", train.sha256());
        prov.put("targets", train.rows().size());
        prov.put("seed", seed);
        ObjectNode hp = prov.putObject("hyperparameters");
        p.asMap().forEach(hp::put);
        prov.put("chosenLambda", r.lambda());
        ObjectNode held = prov.putObject("heldOutMacroF1");
        r.heldOutMacroF1().forEach((k, v) -> held.put(Double.toString(k), ModelFile.round(v)));
        if (!p.maxentLambdas().isEmpty()) {
          prov.put("chosenMaxentLambda", r.maxentLambda());
          ObjectNode heldMe = prov.putObject("heldOutMaxentMacroF1");
          r.heldOutMaxentMacroF1().forEach((k, v) -> heldMe.put(Double.toString(k), ModelFile.round(v)));
          prov.put("heldOutEnsembleMacroF1", ModelFile.round(r.heldOutEnsembleMacroF1()));
        }
        if (p.tuneOffsets()) {
          prov.put("heldOutTunedMacroF1", ModelFile.round(r.heldOutTunedMacroF1()));
        }
        if (enc != null) {
          ObjectNode en = prov.putObject("sentenceEncoder");
          enc.provenance().forEach(en::put);
        }
        prov.put("valenceLexicon", lexPath.getFileName().toString());
        prov.put("valenceLexiconSha256", DataFile.read(lexPath).sha256());
        prov.put("smile", ModelFile.SMILE_VERSION);
        prov.put("java", System.getProperty("java.version"));
        prov.put("framescope", "0.1.0");
        Path dt = devtest != null ? devtest : Datasets.defaultMtscDevtest();
        StanceModel model = r.model();
        if (devtest != null || Files.isRegularFile(dt)) {
          Datasets.Mtsc test = Datasets.readMtsc(dt);
          int[] g = new int[test.rows().size()];
          int[] pr = new int[g.length];
          for (int i = 0; i < g.length; i++) {
            var e = test.rows().get(i);
            g[i] = e.label();
            pr[i] = StanceTrainer.argmax(model.probabilities(e.sentence(), e.begin(), e.end(), enc, null));
          }
          ObjectNode ev = prov.putObject("evaluation");
          ev.put("data", test.path().getFileName().toString());
          ev.put("sha256", test.sha256());
          Metrics.Report rep = Metrics.report(g, pr, StanceModel.CLASSES);
          ev.put("macroF1", ModelFile.round(rep.macroF1()));
          ObjectNode pc = ev.putObject("f1PerClass");
          for (int c = 0; c < 3; c++) {
            pc.put(StanceModel.CLASSES.get(c), ModelFile.round(rep.perClass().get(c).f1()));
          }
        }
        model = model.withProvenance(prov);
        byte[] bytes = model.toBytes();
        write(out, bytes);
        System.err.printf(java.util.Locale.ROOT, "trained %s on %d targets in %.1f s (lambda %s); wrote %s (%d bytes)%n",
            model.name(), train.rows().size(), secs, r.lambda(), out, bytes.length);
        return 0;
      });
    }
  }
}
