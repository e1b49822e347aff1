package org.framescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.framescope.clean.BoilerplateEvaluation;
import org.framescope.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * The evaluation suites beyond the classifiers, as {@code framescope evaluate} subcommands, so every figure
 * in docs/evaluation.md has a command. Each delegates to the stage's own evaluation class.
 */
final class EvaluationSuites {
  private EvaluationSuites() { }

  /** {@code evaluate boilerplate}: cleaner against line gold. */
  @Command(name = "boilerplate", mixinStandardHelpOptions = true,
      description = "Score the boilerplate remover against line-level gold (every GOLD.gold.tsv beside its page in DIR).")
  static final class Boilerplate implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR",
        description = "folders holding <page>.gold.tsv next to <page>.html|.txt")
    List<Path> dirs;

    @Option(names = "--pages", paramLabel = "DIR",
        description = "folder of pages for gold files that name a page elsewhere (e.g. ../shared/pages)")
    Path pages;

    @Override
    public Integer call() throws Exception {
      List<String> args = new ArrayList<>();
      for (Path dir : dirs) {
        try (Stream<Path> s = Files.list(dir)) {
          for (Path gold : s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
            String name = gold.getFileName().toString();
            String stem = name.endsWith(".gold.tsv") ? name.substring(0, name.length() - 9)
                : name.substring(0, name.length() - 4);
            Path page = Stream.of(".html", ".htm", ".txt")
                .flatMap(ext -> Stream.of(dir.resolve(stem + ext), pages == null ? null : pages.resolve(stem + ext)))
                .filter(p -> p != null && Files.exists(p)).findFirst().orElse(null);
            if (page == null) {
              System.err.println("error: " + gold + ": no page " + stem + ".html|.txt beside it"
                  + (pages == null ? " (use --pages DIR)" : " or in " + pages));
              continue;
            }
            args.add(gold.toString());
            args.add(page.toString());
          }
        }
      }
      try {
        BoilerplateEvaluation.main(args.toArray(String[]::new));
      } catch (InputException e) {
        System.err.println("error: " + e.getMessage());
        return 2;
      }
      return 0;
    }
  }

  /** {@code evaluate spans}: lexicon spans against PTC technique spans. */
  @Command(name = "spans", mixinStandardHelpOptions = true,
      description = "Recall/precision of loaded+label lexicon spans against PTC Loaded_Language and Name_Calling spans.")
  static final class Spans implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "PTC-format folder (default: ../shared/datasets/ptc)")
    Path data;

    @Option(names = "--lexicons", paramLabel = "DIR", description = "lexicon folder (default: lexicons)")
    Path lexicons;

    @Override
    public Integer call() throws Exception {
      List<String> a = new ArrayList<>();
      if (data != null) {
        a.add(data.toString());
        a.add(Common.lexicons(lexicons).toString());
      }
      try {
        org.framescope.eval.PtcEvaluation.main(a.toArray(String[]::new));
      } catch (InputException e) {
        System.err.println("error: " + e.getMessage());
        return 2;
      }
      return 0;
    }
  }

  /** {@code evaluate voice}: quote detection and speaker accuracy on BASIL. */
  @Command(name = "voice", mixinStandardHelpOptions = true,
      description = "Quote/voice detection and speaker accuracy on BASIL (options: --limit N --shared DIR --lexicons DIR --cache DIR --errors N).")
  static final class Voice implements Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      org.framescope.voice.VoiceEvaluation.main(args.toArray(String[]::new));
      return 0;
    }
  }

  /** {@code evaluate events}: automatic event grouping on BASIL. */
  @Command(name = "events", mixinStandardHelpOptions = true,
      description = "Adjusted Rand index and purity of automatic event grouping on BASIL's 70 triplets.")
  static final class Events implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "BASIL folder (default: ../shared/datasets/basil)")
    Path data;

    @Override
    public Integer call() throws Exception {
      org.framescope.eval.EventGroupingEvaluation.main(data == null ? new String[0] : new String[] {data.toString()});
      return 0;
    }
  }

  /** {@code evaluate attribution}: attributions against our gold (sample corpus and the real pages). */
  @Command(name = "attribution", mixinStandardHelpOptions = true,
      description = "Attribution recall/precision, speaker, country and verb-class accuracy against gold-annotations/ "
          + "(options: --gold FILE... --corpus DIR --pages DIR --lexicons DIR --format json|markdown|both --errors).")
  static final class Attribution implements Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      org.framescope.eval.AttributionGoldEvaluation.main(args.toArray(String[]::new));
      return 0;
    }
  }

  /** {@code evaluate basil-stance}: author-voice stance against BASIL's author feeling. */
  @Command(name = "basil-stance", mixinStandardHelpOptions = true,
      description = "Agreement of author-voice stance with BASIL's article-level author feeling (args: [basilDir] [outDir]).")
  static final class BasilStance implements Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      org.framescope.eval.BasilStanceAgreement.main(args.toArray(String[]::new));
      return 0;
    }
  }

  /** {@code evaluate basil-outlets}: do our measures separate Fox/NYT/HuffPost as BASIL's annotations do? */
  @Command(name = "basil-outlets", mixinStandardHelpOptions = true,
      description = "Outlet differences on BASIL, ours vs BASIL's annotations, paired by event (args: [basilDir] [outDir]).")
  static final class BasilOutlets implements Callable<Integer> {
    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      org.framescope.eval.BasilOutletComparison.main(args.toArray(String[]::new));
      return 0;
    }
  }
}
