package org.framescope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.framescope.gold.GoldProblem;
import org.framescope.gold.GoldTexts;
import org.framescope.gold.GoldValidator;
import org.framescope.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code framescope validate-gold GOLD.json... [--texts PATH...]}: checks gold files against the schema and,
 * with {@code --texts}, their SHA-256 and offsets against the texts.
 *
 * <p>Output: one line per problem on stderr (file, document id, annotation index, reason), a summary line on
 * stdout. Exit 0 all valid, 1 some problems, 2 texts unreadable.
 */
@Command(name = "validate-gold", mixinStandardHelpOptions = true,
    description = "Validate gold annotation files (schema; with --texts also SHA-256 and offsets).")
public final class ValidateGoldCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "GOLD.json", description = "Gold files to check.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--texts", paramLabel = "PATH",
      description = "Article JSONs (body basis) or raw text files, or directories of them.")
  List<Path> texts = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    GoldTexts t;
    try {
      t = texts.isEmpty() ? GoldTexts.none() : GoldTexts.load(texts);
    } catch (InputException e) {
      err.println(e.getMessage());
      return 2;
    }
    GoldValidator v = new GoldValidator(t);
    int bad = 0;
    int total = 0;
    for (Path f : files) {
      List<GoldProblem> problems = v.validate(f);
      problems.forEach(p -> err.println(p));
      total += problems.size();
      bad += problems.isEmpty() ? 0 : 1;
    }
    err.flush();
    out.println(files.size() - bad + " of " + files.size() + " file(s) valid, " + total + " problem(s)"
        + (texts.isEmpty() ? " (schema only: no --texts given)" : ""));
    out.flush();
    return bad == 0 ? 0 : 1;
  }
}
