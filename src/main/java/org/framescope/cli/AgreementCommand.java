package org.framescope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.framescope.gold.AgreementUnit;
import org.framescope.gold.GoldAgreement;
import org.framescope.gold.GoldDocument;
import org.framescope.gold.GoldFile;
import org.framescope.gold.GoldIO;
import org.framescope.gold.GoldTexts;
import org.framescope.gold.LayerAgreement;
import org.framescope.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code framescope agreement A.json B.json [...]}: inter-annotator agreement between gold files
 * (gold-annotations/FORMAT.md), per layer: Cohen's kappa (two annotators), Krippendorff's alpha (nominal,
 * missing values allowed), and for the span unit Krippendorff's alpha_u and span F1.
 *
 * <p>Input: gold files; options {@code --layer}, {@code --unit}, {@code --format}, {@code --texts} (texts that
 * give exact document lengths for alpha_u). Output: a table or a JSON object on stdout. Exit 0 ok, 1 when some
 * documents were skipped (different texts, or in one file only; one stderr line each), 2 on a bad file or usage
 * error (one line on stderr naming the input).
 */
@Command(name = "agreement", mixinStandardHelpOptions = true,
    description = "Inter-annotator agreement (Cohen's kappa, Krippendorff's alpha, alpha_u, span F1) "
        + "between gold annotation files.")
public final class AgreementCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "GOLD.json", description = "Gold files, one per annotator.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--layer", paramLabel = "LAYER", description = "Only this layer (default: every layer present).")
  String layer;

  @Option(names = "--unit", paramLabel = "UNIT",
      description = "sentence | span | document (default: frame=document, span layers=span, others=sentence).")
  String unit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text | json")
  String format;

  @Option(names = "--texts", paramLabel = "PATH",
      description = "Article JSONs or text files (or directories) giving exact document lengths for alpha_u.")
  List<Path> texts = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (!"text".equals(format) && !"json".equals(format)) {
      err.println("agreement: --format must be text or json, got '" + format + "'");
      return 2;
    }
    Optional<AgreementUnit> u;
    try {
      u = unit == null ? Optional.empty() : Optional.of(AgreementUnit.of(unit));
    } catch (IllegalArgumentException e) {
      err.println("agreement: " + e.getMessage());
      return 2;
    }
    List<GoldFile> gold = new ArrayList<>();
    Map<String, Integer> lengths = new TreeMap<>();
    try {
      for (Path p : files) {
        gold.add(GoldIO.read(p));
      }
      if (!texts.isEmpty()) {
        GoldTexts t = GoldTexts.load(texts);
        for (GoldFile f : gold) {
          for (GoldDocument d : f.documents()) {
            t.find(d).filter(x -> x.sha256().equals(d.textSha256()))
                .ifPresent(x -> lengths.put(d.id(), x.text().length()));
          }
        }
      }
    } catch (InputException e) {
      err.println(e.getMessage());
      return 2;
    }
    List<LayerAgreement> result;
    try {
      result = GoldAgreement.compute(gold, Optional.ofNullable(layer), u, lengths);
    } catch (IllegalArgumentException e) {
      err.println("agreement: " + e.getMessage());
      return 2;
    }
    if ("json".equals(format)) {
      out.print(toJson(gold, result));
    } else {
      out.print(toText(gold, result));
    }
    out.flush();
    boolean skipped = result.stream().flatMap(a -> a.notes().stream()).anyMatch(n -> n.contains(" skipped: "));
    if (skipped) {
      result.get(0).notes().stream().filter(n -> n.contains(" skipped: ")).forEach(n -> err.println("agreement: " + n));
      err.flush();
    }
    return skipped ? 1 : 0;
  }

  private String toJson(List<GoldFile> gold, List<LayerAgreement> result) {
    ObjectMapper m = org.framescope.io.Json.mapper();
    ObjectNode root = m.createObjectNode();
    root.put("schema", "framescope.agreement/1");
    ArrayNode fs = root.putArray("files");
    for (int i = 0; i < files.size(); i++) {
      fs.addObject().put("file", files.get(i).toString()).put("annotator", gold.get(i).annotator());
    }
    ArrayNode ls = root.putArray("layers");
    for (LayerAgreement a : result) {
      ObjectNode n = ls.addObject();
      n.put("layer", a.layer());
      n.put("unit", a.unit());
      n.put("annotators", a.annotators());
      n.put("documents", a.documents());
      n.put("items", a.items());
      n.put("itemsComplete", a.itemsComplete());
      num(n, "percentAgreement", a.percentAgreement());
      num(n, "cohenKappa", a.cohenKappa());
      num(n, "krippendorffAlpha", a.krippendorffAlpha());
      num(n, "alphaU", a.alphaU());
      num(n, "f1Exact", a.f1Exact());
      num(n, "f1Overlap", a.f1Overlap());
      ObjectNode sp = n.putObject("annotationsPerAnnotator");
      a.spansPerAnnotator().forEach(sp::put);
      ArrayNode notes = n.putArray("notes");
      a.notes().forEach(notes::add);
    }
    try {
      return org.framescope.io.Json.pretty().writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write agreement JSON", e);
    }
  }

  private static void num(ObjectNode n, String key, double v) {
    if (Double.isNaN(v)) {
      n.putNull(key);
    } else {
      n.put(key, Math.round(v * 1e6) / 1e6);
    }
  }

  private static String toText(List<GoldFile> gold, List<LayerAgreement> result) {
    StringBuilder sb = new StringBuilder();
    sb.append("annotators: ").append(String.join(", ", GoldAgreement.annotatorNames(gold))).append('\n');
    sb.append(String.format(Locale.ROOT, "%-19s %-8s %5s %5s %5s %7s %7s %7s %7s %7s %7s%n", "layer", "unit", "docs",
        "items", "compl", "pct", "kappa", "alpha", "alphaU", "F1exact", "F1overl"));
    TreeMap<String, String> notes = new TreeMap<>();
    for (LayerAgreement a : result) {
      sb.append(String.format(Locale.ROOT, "%-19s %-8s %5d %5d %5d %7s %7s %7s %7s %7s %7s%n", a.layer(), a.unit(),
          a.documents(), a.items(), a.itemsComplete(), f(a.percentAgreement()), f(a.cohenKappa()),
          f(a.krippendorffAlpha()), f(a.alphaU()), f(a.f1Exact()), f(a.f1Overlap())));
      sb.append("  annotations per annotator: ").append(a.spansPerAnnotator()).append('\n');
      a.notes().forEach(x -> notes.put(x, ""));
    }
    notes.keySet().forEach(x -> sb.append("note: ").append(x).append('\n'));
    return sb.toString();
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
