package org.framescope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.framescope.classify.OnnxCueTagger;
import org.framescope.eval.PolnearCorpus;
import org.framescope.io.AtomicFiles;
import org.framescope.model.InputException;
import org.framescope.nlp.CachedAnnotator;
import org.framescope.nlp.Profile;
import org.framescope.voice.AttributionAnalyzer;
import org.framescope.voice.AttributionTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code framescope train cue-sentences --data DIR --out FILE}: writes the cue sentences of a PolNeAR compartment
 * for the cue tagger's fine-tuning ({@code scripts/cue_tagger/finetune.py}): one line per sentence with the
 * article id, the validation flag (the split {@code train attribution} holds out), the sentence index, MiniLM's
 * word pieces with [CLS] and [SEP], the word of each piece (-1 for the special ones), and each word's
 * label (1 cue head, 0 other candidate, -1 not a candidate), with {@code --roles} also each word's role in the
 * gold attributions (0 none, 1 source, 2 cue, 3 content; an auxiliary target), tab-separated, comma-separated
 * within a column. Deterministic. Exit 0 ok, 2 bad input.
 */
@Command(name = "cue-sentences", mixinStandardHelpOptions = true,
    description = "Write a PolNeAR compartment's cue sentences (word pieces, labels) for the cue tagger's training.")
final class TrainCueSentences implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "DIR", description = "PolNeAR training compartment")
  Path data;
  @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file (TSV)")
  Path out;
  @Option(names = "--seed", defaultValue = "42",
      description = "seed of the validation split (default: ${DEFAULT-VALUE})")
  long seed;
  @Option(names = "--lexicons", paramLabel = "DIR", description = "lexicon folder (default: lexicons)")
  Path lexicons;
  @Option(names = "--cache", paramLabel = "DIR", description = "annotation cache (default: ~/.cache/framescope/nlp)")
  Path cache;
  @Option(names = "--roles", description = "add a 7th column: each word's role in the gold attributions "
      + "(0 none, 1 source, 2 cue, 3 content), the target of finetune.py --aux-weight")
  boolean roles;

  @Override
  public Integer call() throws Exception {
    return Guard.run("train cue-sentences", () -> {
      PolnearCorpus.Compartment c = PolnearCorpus.read(data);
      CachedAnnotator nlp = CachedAnnotator.coreNlp(Profile.FULL, cache != null ? cache : CachedAnnotator.defaultDir());
      AttributionAnalyzer rules = AttributionAnalyzer.fromLexicons(Common.lexicons(lexicons), null);
      List<AttributionTrainer.Example> examples = TrainAttribution.examples(c, nlp, "train cue-sentences");
      List<AttributionTrainer.CueSentence> sentences =
          AttributionTrainer.cueSentences(examples, rules, AttributionTrainer.Params.defaults(seed));
      StringBuilder text = new StringBuilder();
      for (AttributionTrainer.CueSentence s : sentences) {
        text.append(line(s, roles)).append('\n');
      }
      AtomicFiles.writeString(out, text.toString());
      System.err.printf(Locale.ROOT, "train cue-sentences: %d articles, %d sentences; wrote %s%n",
          c.articles().size(), sentences.size(), out);
      return 0;
    });
  }

  static String line(AttributionTrainer.CueSentence s, boolean roles) throws InputException {
    OnnxCueTagger.Pieces p = OnnxCueTagger.pieces(s.words());
    StringBuilder b = new StringBuilder();
    b.append(s.id()).append('\t').append(s.validation() ? 1 : 0).append('\t').append(s.sentence()).append('\t');
    join(b, p.ids());
    b.append('\t');
    join(b, p.wordIds());
    b.append('\t');
    joinInts(b, s.labels());
    if (roles) {
      b.append('\t');
      joinInts(b, s.roles());
    }
    return b.toString();
  }

  private static void joinInts(StringBuilder b, int[] xs) {
    for (int i = 0; i < xs.length; i++) {
      b.append(i == 0 ? "" : ",").append(xs[i]);
    }
  }

  private static void join(StringBuilder b, long[] xs) {
    for (int i = 0; i < xs.length; i++) {
      b.append(i == 0 ? "" : ",").append(xs[i]);
    }
  }
}
