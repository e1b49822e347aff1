package org.framescope.cli;

import org.framescope.model.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code framescope} command line. Each subcommand is its own class. */
@Command(name = "framescope", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Media-bias and framing comparison engine.",
    subcommands = {AnalyzeCommand.class, CompareCommand.class, DemoCommand.class, ServeCommand.class, TrainCommand.class,
        EvaluateCommand.class, AgreementCommand.class, ValidateGoldCommand.class, BenchCommand.class, ExportCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Version for --version. */
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"framescope " + Versions.FRAMESCOPE};
    }
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  public static int execute(String... args) {
    return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs a command line with the given output and error writers (tests capture them this way). */
  public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.registerConverter(org.framescope.nlp.Profile.class, org.framescope.nlp.Profile::parse);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("error: " + ex.getMessage());
      return 2;
    });
    cl.setParameterExceptionHandler((ex, args2) -> {
      ex.getCommandLine().getErr().println("error: " + ex.getMessage());
      ex.getCommandLine().getErr().println("(see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
      return 2;
    });
    return cl.execute(args);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
