package org.framescope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.framescope.model.InputException;
import org.framescope.store.CorpusStore;
import org.framescope.store.StoreExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code framescope export}: writes a corpus database's results as Parquet or CSV (one file per table), JSONL
 * (one article document a line) or JSON (one document per article). Opens the database read-only. Exit 0 on
 * success, 2 when the database cannot be read or the files cannot be written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write a corpus database's tables as Parquet or CSV, or its article documents as JSONL or JSON.")
public final class ExportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--db", paramLabel = "FILE", required = true, description = "corpus database (from analyze --db)")
  Path db;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
      description = "parquet (default), csv, jsonl or json")
  String format;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    StoreExport.Format f;
    try {
      f = StoreExport.Format.parse(format);
    } catch (IllegalArgumentException e) {
      err.println("error: --format: " + e.getMessage());
      return 2;
    }
    try (CorpusStore store = CorpusStore.openReadOnly(db)) {
      List<Path> files = StoreExport.export(store, f, out);
      err.println(db + ": " + store.size() + " articles exported as " + f + " to " + out + " (" + files.size()
          + (files.size() == 1 ? " file)" : " files)"));
      return 0;
    } catch (InputException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }
}
