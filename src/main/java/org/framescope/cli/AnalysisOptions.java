package org.framescope.cli;

import java.nio.file.Path;
import org.framescope.ingest.InputDecoder;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.Settings;
import picocli.CommandLine.Option;

/**
 * How raw inputs are analysed, declared once for {@code analyze} and {@code compare} (which analyses the raw
 * inputs it is given the same way): profile, lexicons, threads, size limit, encoding, time budget and progress bar.
 */
final class AnalysisOptions {
  @Option(names = "--profile", description = "analysis profile: fast (no dependency parse), full (default) or"
      + " accurate (full + sentence embeddings and the larger cue tagger)")
  Profile profile = Profile.FULL;

  @Option(names = "--lexicons", paramLabel = "DIR", description = "lexicon directory (default: lexicons/)")
  Path lexicons;

  @Option(names = "--threads", description = "worker threads for analysis (default: number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-mb", description = "largest input file to read, in MB (default 20)")
  double maxMb = InputDecoder.DEFAULT_MAX_BYTES / 1048576.0;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "encoding of input files that are not UTF-8"
      + " (e.g. windows-1252, ISO-8859-1, UTF-16); UTF-8 files, files with a byte order mark and HTML pages that"
      + " declare a charset are read as such whatever this says (default: none, such files are refused)")
  java.nio.charset.Charset encoding;

  @Option(names = "--no-progress", description = "never show a progress bar")
  boolean noProgress;

  @Option(names = "--time-budget", paramLabel = "SECONDS", description = "skip an article whose cleaning and"
      + " CoreNLP annotation take longer, with an error, and go on (default ${DEFAULT-VALUE}; 0 = no limit)")
  long timeBudget = Settings.DEFAULT_TIME_BUDGET_SECONDS;

  /** {@code --max-mb} in bytes. */
  long maxBytes() {
    return (long) (maxMb * 1048576);
  }

  /** {@code --threads}, at least one. */
  int workers() {
    return Math.max(1, threads);
  }
}
