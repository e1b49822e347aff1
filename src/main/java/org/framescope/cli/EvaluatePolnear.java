package org.framescope.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.framescope.classify.CueTagger;
import org.framescope.classify.MeanCueTagger;
import org.framescope.classify.OnnxCueTagger;
import org.framescope.eval.PolnearCache;
import org.framescope.eval.PolnearCorpus;
import org.framescope.eval.PolnearEvaluation;
import org.framescope.model.AttributionSpans;
import org.framescope.nlp.CachedAnnotator;
import org.framescope.nlp.CoreNlpQuotePeer;
import org.framescope.nlp.Profile;
import org.framescope.stats.Bootstrap;
import org.framescope.stats.ClusterBootstrap;
import org.framescope.stats.Interval;
import org.framescope.io.Json;
import org.framescope.voice.AttributionAnalyzer;
import org.framescope.voice.AttributionModel;
import org.framescope.voice.AttributionTrainer;
import org.framescope.voice.DetectedAttribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code framescope evaluate polnear --data DIR [--peer corenlp-quote] [--format json]}: attribution (cue,
 * source, content) against a PolNeAR compartment, framescope and the CoreNLP quote peer in the same run.
 * Parses are cached ({@link CachedAnnotator}); exit 0 ok, 2 bad input or settings.
 */
@Command(name = "polnear", mixinStandardHelpOptions = true,
    description = "Attribution cue/source/content figures on a PolNeAR compartment (text/ + attributions/), "
        + "optionally beside the CoreNLP quote annotator (--peer corenlp-quote).")
final class EvaluatePolnear implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "DIR", description = "a PolNeAR compartment folder")
  Path data;
  @Option(names = "--peer", split = ",", description = "peers to run in the same command: corenlp-quote")
  List<String> peers = new ArrayList<>();
  @Option(names = "--format", defaultValue = "text", description = "text or json")
  String format;
  @Option(names = "--lexicons", paramLabel = "DIR", description = "lexicon folder (default: lexicons)")
  Path lexicons;
  @Option(names = "--model", paramLabel = "FILE", description = "attribution model file (default: the shipped one)")
  Path model;
  @Option(names = "--rules-only", description = "the rules without the trained model")
  boolean rulesOnly;
  @Option(names = "--split", defaultValue = "all",
      description = "all, or validation / fit: the seeded validation split of a training compartment (model "
          + "selection without touching dev) and the rest")
  String split;
  @Option(names = "--seed", defaultValue = "42", description = "seed of the validation split (default: ${DEFAULT-VALUE})")
  long seed;
  @Option(names = "--validation-share", defaultValue = "0.1", description = "share of the validation split")
  double validationShare;
  @Option(names = "--cache", paramLabel = "DIR", description = "annotation cache (default: ~/.cache/framescope/nlp)")
  Path cache;
  @Option(names = "--errors", defaultValue = "0", description = "print up to N missed and N spurious cues, N"
      + " matched ones with the wrong source head and N matched ones the voice gate leaves out, on stderr, with"
      + " their article")
  int errors;
  @Option(names = "--voiced", description = "also score the subset that passes the voice gate (framescope-voiced)")
  boolean voiced;
  @Option(names = "--profile", defaultValue = "full", description = "full (the model mixed with its small cue "
      + "tagger) or accurate (with the 12-layer one), as the profiles analyse (default: ${DEFAULT-VALUE})")
  String profile;
  @Option(names = "--cue-tagger", paramLabel = "DIR", split = ",", description = "a cue tagger folder "
      + "(cue-tagger.onnx and cue-tagger.json from scripts/cue_tagger/finetune.py or quantize.py) instead of the "
      + "profile's; several, comma-separated: the mean of their probabilities")
  List<Path> cueTagger;
  @Option(names = "--no-cue-tagger", description = "the attribution model alone, without the profile's cue tagger")
  boolean noCueTagger;
  @Option(names = "--resamples", defaultValue = "10000", description = "bootstrap resamples of the articles for the "
      + "95%% intervals and the differences to the first system; 0: none (default: ${DEFAULT-VALUE})")
  int resamples;
  @Option(names = "--bootstrap-seed", defaultValue = "1", description = "seed of the bootstrap (default: "
      + "${DEFAULT-VALUE})")
  long bootstrapSeed;
  @Option(names = "--cue-mix", paramLabel = "WEIGHT,THRESHOLD", description = "the tagger's weight and the mixed "
      + "cue threshold (default: the profile's shipped mix)")
  String cueMix;

  /** The cue tagger the options ask for, or null (--no-cue-tagger, --rules-only). */
  private CueTagger tagger(AttributionModel m) throws org.framescope.model.InputException {
    if (noCueTagger && cueTagger != null) {
      throw new IllegalArgumentException("--no-cue-tagger and --cue-tagger exclude each other");
    }
    if (noCueTagger || m == null) {
      if (cueMix != null || cueTagger != null) {
        throw new IllegalArgumentException((m == null ? "--rules-only" : "--no-cue-tagger")
            + " has no cue probability to mix a cue tagger with (--cue-mix, --cue-tagger)");
      }
      return null;
    }
    OnnxCueTagger.Shipped which = OnnxCueTagger.Shipped.of(Common.parsedProfile(profile));
    CueTagger.Mix mix = cueMix != null ? CueTagger.Mix.parse(cueMix) : which.mix();
    if (cueTagger != null) {
      List<OnnxCueTagger> loaded = new ArrayList<>();
      for (Path dir : cueTagger) {
        loaded.add(OnnxCueTagger.load(dir, mix));
      }
      return loaded.size() == 1 ? loaded.get(0) : new MeanCueTagger(loaded, mix);
    }
    return cueMix == null ? OnnxCueTagger.shared(which) : OnnxCueTagger.shipped(which, mix);
  }

  @Override
  public Integer call() throws Exception {
    return Guard.run("evaluate polnear", () -> {
      EvaluateCommand.checkFormat(format);
      for (String p : peers) {
        if (!p.equals(CoreNlpQuotePeer.NAME)) {
          throw new IllegalArgumentException("unknown peer '" + p + "' (expected " + CoreNlpQuotePeer.NAME + ")");
        }
      }
      if (resamples != 0 && resamples < 100) {
        throw new IllegalArgumentException("--resamples must be 0 (no intervals) or at least 100, got " + resamples);
      }
      ClusterBootstrap bootstrap = resamples == 0 ? null : new ClusterBootstrap(resamples, Bootstrap.DEFAULT_CONFIDENCE, bootstrapSeed);
      PolnearCorpus.Compartment c = PolnearCorpus.read(data);
      Predicate<String> include = include(c);
      Path cacheDir = cache != null ? cache : CachedAnnotator.defaultDir();
      CachedAnnotator nlp = CachedAnnotator.coreNlp(Profile.FULL, cacheDir);
      AttributionModel m = rulesOnly ? null : model != null ? AttributionModel.load(model) : AttributionModel.loadDefault();
      CueTagger tagger = tagger(m);
      AttributionAnalyzer analyzer = AttributionAnalyzer.fromLexicons(Common.lexicons(lexicons), m)
          .withCueTagger(tagger);
      String modelName = (m == null ? "rules-only" : m.name()) + (tagger == null ? ""
          : " + cue tagger " + tagger.provenance().get("name") + " (" + tagger.mix() + ")");
      Map<String, PolnearEvaluation.AttributionSystem> systems = new LinkedHashMap<>();
      ErrorLog log = new ErrorLog(errors);
      Map<String, List<DetectedAttribution>> last = new java.util.HashMap<>();
      double keptFrom = m != null ? PolnearEvaluation.NESTED_KEPT : Double.POSITIVE_INFINITY;
      systems.put("framescope", (a, doc) -> {
        List<DetectedAttribution> found = analyzer.analyze(doc).detected();
        last.clear();
        last.put(a.id(), found);
        List<AttributionSpans> out = PolnearEvaluation.asPolnear(found, false, keptFrom);
        if (errors > 0) { // the lists the error log reads, only when it prints
          List<AttributionSpans> nested = found.stream().map(DetectedAttribution::spans)
              .filter(x -> !out.contains(x)).toList();
          log.check(a, doc, out, nested, PolnearEvaluation.asPolnear(found, true, keptFrom));
        }
        return out;
      });
      if (voiced) {
        // the attributions that change the voice labels (the article JSON's "attributions"), same analysis
        systems.put("framescope-voiced", (a, doc) -> {
          List<DetectedAttribution> found = last.containsKey(a.id()) ? last.get(a.id()) : analyzer.analyze(doc).detected();
          return PolnearEvaluation.asPolnear(found, true, keptFrom);
        });
      }
      if (peers.contains(CoreNlpQuotePeer.NAME)) {
        CoreNlpQuotePeer[] peer = new CoreNlpQuotePeer[1];
        PolnearCache pc = new PolnearCache(cacheDir, CoreNlpQuotePeer.NAME, CoreNlpQuotePeer.fingerprint(), text -> {
          synchronized (peer) {
            if (peer[0] == null) {
              peer[0] = new CoreNlpQuotePeer();
            }
          }
          return peer[0].attribute(text);
        });
        systems.put(CoreNlpQuotePeer.NAME, (a, doc) -> pc.get(a.text()));
      }
      PolnearEvaluation.Result r = PolnearEvaluation.run(c, include, nlp::annotate, systems,
          line -> java.lang.System.err.println(line), bootstrap);
      if (format.equals("json")) {
        var root = Json.mapper().createObjectNode();
        root.put("data", r.data());
        root.put("dataSha256", r.dataSha256());
        root.put("split", split);
        root.put("articles", r.articles());
        root.put("annotationFiles", r.annotationFiles());
        root.put("multiAnnotated", r.multiAnnotated());
        root.put("annotatorAveraging", "an article with k annotator files is scored against each, each weighing 1/k");
        root.put("model", modelName);
        if (tagger != null) {
          root.set("cueTagger", Json.mapper().valueToTree(tagger.provenance()));
        }
        var ours = Json.mapper().valueToTree(r.systems().get("framescope"));
        root.setAll((com.fasterxml.jackson.databind.node.ObjectNode) ours);
        var ps = root.putObject("peers");
        var vs = root.putObject("variants");
        r.systems().forEach((k, v) -> {
          if (peers.contains(k)) {
            ps.set(k, Json.mapper().valueToTree(v));
          } else if (!k.equals("framescope")) {
            vs.set(k, Json.mapper().valueToTree(v));
          }
        });
        root.set("pairedHeads", Json.mapper().valueToTree(r.pairedHeads()));
        root.set("annotatorAgreement", Json.mapper().valueToTree(r.agreement()));
        if (r.uncertainty() != null) {
          root.set("uncertainty", Json.mapper().valueToTree(r.uncertainty()));
        }
        java.lang.System.out.println(Json.pretty().writeValueAsString(root));
      } else {
        java.lang.System.out.print(text(r, modelName));
      }
      return 0;
    });
  }

  private Predicate<String> include(PolnearCorpus.Compartment c) {
    switch (split.toLowerCase(Locale.ROOT)) {
      case "all":
        return id -> true;
      case "validation":
      case "fit":
        Set<String> val = AttributionTrainer.validationIds(c.articles().stream().map(PolnearCorpus.Article::id).toList(),
            seed, validationShare);
        boolean wantVal = split.equalsIgnoreCase("validation");
        return id -> val.contains(id) == wantVal;
      default:
        throw new IllegalArgumentException("--split must be all, validation or fit, got '" + split + "'");
    }
  }

  static String text(PolnearEvaluation.Result r, String model) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "PolNeAR %s (sha256 %s): %d articles, %d annotator files (%d articles with "
        + "several: each file weighs 1/k); model %s%n", r.data(), r.dataSha256().substring(0, 12), r.articles(),
        r.annotationFiles(), r.multiAnnotated(), model));
    b.append(String.format(Locale.ROOT, "%-16s %7s %7s %7s | %7s %7s %7s %7s %7s | %7s %7s %7s %7s%n", "system",
        "cue P", "cue R", "cue F1", "src P", "src R", "src F1", "head", "head R", "cont P", "cont R", "cont F1",
        "overlap"));
    r.systems().forEach((k, f) -> row(b, k, f));
    for (PolnearEvaluation.PairedHeads p : r.pairedHeads()) {
      b.append(String.format(Locale.ROOT, "source head accuracy on the %.1f gold attributions framescope and %s both "
          + "matched: framescope %.3f, %s %.3f%n", p.attributions(), p.other(), p.first(), p.other(), p.second()));
    }
    if (r.uncertainty() != null) {
      uncertainty(b, r);
    }
    if (r.multiAnnotated() > 0) {
      b.append(String.format(Locale.ROOT, "on the %d articles with several annotator files, each file scored against "
          + "each other one (both directions), and the systems on the same articles:%n", r.multiAnnotated()));
      row(b, "annotators", r.agreement().annotators());
      r.agreement().systems().forEach((k, f) -> row(b, k, f));
    }
    return b.toString();
  }

  private static void uncertainty(StringBuilder b, PolnearEvaluation.Result r) {
    PolnearEvaluation.Uncertainty u = r.uncertainty();
    b.append(String.format(Locale.ROOT, "%.0f%% intervals, %s (%d articles, %d resamples, seed %d):%n",
        100 * u.confidence(), u.method(), r.articles(), u.resamples(), u.seed()));
    b.append(String.format(Locale.ROOT, "%-30s %-22s %-22s %-22s %-22s %s%n", "", "cue F1", "src F1", "head",
        "cont F1", "head R"));
    u.systems().forEach((k, i) -> intervalRow(b, k, i, false));
    String first = r.systems().keySet().iterator().next();
    for (PolnearEvaluation.Difference d : u.differences()) {
      intervalRow(b, first + " - " + d.other(), d.figures(), true);
      b.append(String.format(Locale.ROOT, "%-30s head on the attributions both matched: %s%n", "",
          interval(d.headOnCommon(), true)));
    }
  }

  private static void intervalRow(StringBuilder b, String name, PolnearEvaluation.Intervals i, boolean signed) {
    b.append(String.format(Locale.ROOT, "%-30s %-22s %-22s %-22s %-22s %s%n", name, interval(i.cueF1(), signed),
        interval(i.sourceF1(), signed), interval(i.headAccuracy(), signed), interval(i.contentTokenF1(), signed),
        interval(i.headRecall(), signed)));
  }

  private static String interval(Interval i, boolean signed) {
    String f = signed ? "%+.3f" : "%.3f";
    return String.format(Locale.ROOT, f + " [" + f + ", " + f + "]", i.estimate(), i.lower(), i.upper());
  }

  private static void row(StringBuilder b, String name, PolnearEvaluation.Figures f) {
    b.append(String.format(Locale.ROOT,
        "%-16s %7.3f %7.3f %7.3f | %7.3f %7.3f %7.3f %7.3f %7.3f | %7.3f %7.3f %7.3f %7.3f%n", name,
        f.cue().precision(), f.cue().recall(), f.cue().f1(), f.source().precision(), f.source().recall(),
        f.source().f1(), f.source().headAccuracy(), f.source().headRecall(), f.content().tokenPrecision(),
        f.content().tokenRecall(), f.content().tokenF1(), f.content().overlap()));
  }

  /**
   * Prints missed and spurious cues with their context (SPURIOUS-VOICED: one that passes the voice gate), and
   * matched ones the voice gate keeps in the outlet's voice (UNVOICED).
   */
  private static final class ErrorLog {
    private final int max;
    private int missed;
    private int spurious;
    private int wrongSource;
    private int unvoiced;

    ErrorLog(int max) {
      this.max = max;
    }

    synchronized void check(PolnearCorpus.Article a, org.framescope.model.NlpDocument doc, List<AttributionSpans> pred,
        List<AttributionSpans> nested, List<AttributionSpans> voiced) {
      if (max <= 0 || a.annotations().isEmpty()) {
        return;
      }
      List<AttributionSpans> gold = a.annotations().get(0).attributions();
      for (AttributionSpans g : gold) {
        if (missed < max && pred.stream().noneMatch(p -> AttributionSpans.overlap(p.cue(), g.cue()))) {
          missed++;
          boolean inner = nested.stream().anyMatch(p -> AttributionSpans.overlap(p.cue(), g.cue()));
          java.lang.System.err.println((inner ? "MISSED-NESTED" : "MISSED") + " cue '" + cut(a.text(), g.cue())
              + "' [" + a.id() + "] | " + context(a.text(), g.cue()));
        }
      }
      for (AttributionSpans[] w : org.framescope.eval.PolnearScorer.wrongHeads(doc, gold, pred)) {
        if (wrongSource < max) {
          wrongSource++;
          java.lang.System.err.println("WRONG-SOURCE cue '" + cut(a.text(), w[1].cue()) + "' gold source '"
              + cut(a.text(), w[0].source()) + "' found '" + cut(a.text(), w[1].source()) + "' [" + a.id() + "] | "
              + context(a.text(), w[1].cue()));
        }
      }
      for (AttributionSpans p : pred) {
        boolean matched = gold.stream().anyMatch(g -> AttributionSpans.overlap(p.cue(), g.cue()));
        boolean heard = voiced.contains(p);
        if (unvoiced < max && matched && !heard) {
          unvoiced++;
          java.lang.System.err.println("UNVOICED cue '" + cut(a.text(), p.cue()) + "' source '"
              + cut(a.text(), p.source()) + "' [" + a.id() + "] | " + context(a.text(), p.cue()));
        }
        if (spurious < max && !matched) {
          spurious++;
          java.lang.System.err.println((heard ? "SPURIOUS-VOICED" : "SPURIOUS") + " cue '"
              + cut(a.text(), p.cue()) + "' [" + a.id() + "] | " + context(a.text(), p.cue()));
        }
      }
    }

    private static String cut(String text, List<org.framescope.model.TextRange> rs) {
      return rs.isEmpty() ? "" : text.substring(rs.get(0).begin(), rs.get(rs.size() - 1).end()).replace('\n', ' ');
    }

    private static String context(String text, List<org.framescope.model.TextRange> rs) {
      if (rs.isEmpty()) {
        return "";
      }
      int b = Math.max(0, rs.get(0).begin() - 90);
      int e = Math.min(text.length(), rs.get(rs.size() - 1).end() + 90);
      return text.substring(b, e).replace('\n', ' ');
    }
  }
}
