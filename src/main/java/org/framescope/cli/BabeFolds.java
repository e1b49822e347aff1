package org.framescope.cli;

import java.nio.file.Path;
import org.framescope.classify.Datasets;
import org.framescope.model.InputException;
import picocli.CommandLine.Option;

/**
 * The options of a cross-validation on BABE, declared once for {@code evaluate bias} and {@code evaluate words}
 * (same data, folds and seed, so the two commands score the same folds).
 */
final class BabeFolds {
  @Option(names = "--data", description = "BABE-format CSV (default: shared BABE SG2)")
  Path data;
  @Option(names = "--folds", defaultValue = "5")
  int folds;
  @Option(names = "--seed", defaultValue = "42")
  long seed;
  @Option(names = "--word-list",
      description = "word list for the lexicon baseline (default: per-fold list from training biased_words)")
  Path wordList;
  @Option(names = "--format", defaultValue = "text", description = "text or json")
  String format;

  /** The BABE file named by {@code --data}, else the shared SG2 set. */
  Datasets.Babe babe() throws InputException {
    return Datasets.readBabe(data != null ? data : Datasets.defaultBabe());
  }
}
