package org.framescope.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.framescope.eval.PolnearCorpus;
import org.framescope.eval.PolnearEvaluation;
import org.framescope.nlp.CachedAnnotator;
import org.framescope.nlp.CoreNlpAnnotator;
import org.framescope.nlp.Profile;
import org.framescope.model.Versions;
import org.framescope.io.AtomicFiles;
import org.framescope.io.Json;
import org.framescope.voice.AttributionAnalyzer;
import org.framescope.voice.AttributionModel;
import org.framescope.voice.AttributionTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code framescope train attribution --data DIR}: trains the attribution model on a PolNeAR compartment
 * (train) and writes it with its provenance; the same data, lexicons and seed give the same bytes. With
 * {@code --dev DIR} the model's figures on that compartment are recorded in the provenance too (they are not
 * used to choose anything). Exit 0 ok, 2 bad input.
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
    description = "Train the attribution model (cue, source, content) on a PolNeAR compartment and write it.")
final class TrainAttribution implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "DIR", description = "PolNeAR training compartment")
  Path data;
  @Option(names = "--dev", paramLabel = "DIR", description = "compartment whose figures are recorded in the provenance")
  Path dev;
  @Option(names = "--seed", defaultValue = "42", description = "seed of the validation split (default: ${DEFAULT-VALUE})")
  long seed;
  @Option(names = "--out", defaultValue = "attribution-polnear.json.gz", description = "output file (default: ${DEFAULT-VALUE})")
  Path out;
  @Option(names = "--lexicons", paramLabel = "DIR", description = "lexicon folder (default: lexicons)")
  Path lexicons;
  @Option(names = "--cache", paramLabel = "DIR", description = "annotation cache (default: ~/.cache/framescope/nlp)")
  Path cache;
  @Option(names = "--lambdas", split = ",", description = "L2 weights to try (default: 1,2,4)")
  List<Double> lambdas;
  @Option(names = "--keep-validation-out", description = "do not refit on the validation documents (development: "
      + "measure the model on them with evaluate polnear --split validation)")
  boolean keepValidationOut;
  @Option(names = "--source-choice", description = "fit the source scorer as one choice per cue among its candidates "
      + "or none (a conditional logit) instead of a yes/no per candidate; tried at stop 41, not the shipped setting "
      + "(docs/evaluation-polnear.md)")
  boolean sourceChoice;

  @Override
  public Integer call() throws Exception {
    return Guard.run("train attribution", () -> {
      long t0 = System.nanoTime();
      PolnearCorpus.Compartment c = PolnearCorpus.read(data);
      Path cacheDir = cache != null ? cache : CachedAnnotator.defaultDir();
      CachedAnnotator nlp = CachedAnnotator.coreNlp(Profile.FULL, cacheDir);
      AttributionAnalyzer rules = AttributionAnalyzer.fromLexicons(Common.lexicons(lexicons), null);
      List<AttributionTrainer.Example> examples = examples(c, nlp, "train attribution");
      AttributionTrainer.Params d0 = AttributionTrainer.Params.defaults(seed);
      AttributionTrainer.Params params = new AttributionTrainer.Params(seed, d0.validationShare(),
          lambdas != null ? lambdas : d0.lambdas(), d0.minCount(), d0.maxIter(), !keepValidationOut,
          sourceChoice);
      AttributionModel model = AttributionTrainer.train(examples, rules, params, System.err::println);
      ObjectNode prov = model.provenance();
      prov.put("trainingData", data.getFileName().toString());
      prov.put("trainingDataSha256", c.sha256());
      prov.put("articles", c.articles().size());
      prov.put("annotatorChoice", "first annotator file of each article (sorted by annotator id)");
      prov.put("seed", seed);
      ObjectNode versions = prov.putObject("versions");
      versions.put("framescope", Versions.FRAMESCOPE);
      versions.put("corenlp", CoreNlpAnnotator.VERSION);
      versions.put("annotationFingerprint", nlp.fingerprint());
      versions.put("java", System.getProperty("java.version"));
      versions.put("optimizer", "smile.math.BFGS (L-BFGS) 3.1.1, sequential objective");
      ObjectNode lex = prov.putObject("lexicons");
      rules.lexiconHashes().forEach(lex::put);
      model = withProvenance(model, prov);
      if (dev != null) {
        PolnearCorpus.Compartment d = PolnearCorpus.read(dev);
        AttributionAnalyzer an = AttributionAnalyzer.fromLexicons(Common.lexicons(lexicons), model);
        Map<String, PolnearEvaluation.AttributionSystem> sys = new LinkedHashMap<>();
        sys.put("framescope", (a, doc) -> PolnearEvaluation.asPolnear(an.analyze(doc).detected(), false,
            PolnearEvaluation.NESTED_KEPT));
        PolnearEvaluation.Result r = PolnearEvaluation.run(d, id -> true, nlp::annotate, sys, line -> { });
        ObjectNode ev = prov.putObject("devFigures");
        ev.put("data", dev.getFileName().toString());
        ev.put("sha256", d.sha256());
        ev.set("figures", Json.mapper().valueToTree(r.systems().get("framescope")));
        model = withProvenance(model, prov);
      }
      byte[] bytes = model.toBytes();
      AtomicFiles.write(out, o -> o.write(bytes));
      System.err.printf(Locale.ROOT, "trained %s on %d articles in %.1f s; wrote %s (%d bytes)%n", model.name(),
          c.articles().size(), (System.nanoTime() - t0) / 1e9, out, bytes.length);
      return 0;
    });
  }

  /** The compartment's articles as training examples: one annotator per article (the first by id). */
  static List<AttributionTrainer.Example> examples(PolnearCorpus.Compartment c, CachedAnnotator nlp, String what) {
    List<AttributionTrainer.Example> examples = new ArrayList<>();
    int n = 0;
    for (PolnearCorpus.Article a : c.articles()) {
      // the first annotator only, so multiply annotated articles do not weigh more
      examples.add(new AttributionTrainer.Example(a.id(), nlp.annotate(a.text()),
          a.annotations().get(0).attributions()));
      if (++n % 100 == 0) {
        System.err.println(what + ": parsed " + n + "/" + c.articles().size());
      }
    }
    return examples;
  }

  private static AttributionModel withProvenance(AttributionModel m, ObjectNode prov) {
    return m.withProvenance(prov);
  }
}
