package org.framescope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.framescope.ingest.FetchPolicy;
import org.framescope.model.InputException;
import org.framescope.nlp.Profile;
import org.framescope.pipeline.Settings;
import org.framescope.server.AnalysisService;
import org.framescope.server.FramescopeServer;
import org.framescope.server.PipelineAnalyzer;
import org.framescope.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code framescope serve}: starts the local web page ({@link FramescopeServer}) and runs until interrupted
 * (Ctrl-C). Binds 127.0.0.1 unless {@code --host} says otherwise, with a warning. Exit 0 after a clean stop, 2 when
 * the server cannot start (port taken, bad option).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Start the local web page: paste, upload or fetch articles and compare them side by side.")
public final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE}, this computer only)")
  String host = "127.0.0.1";

  @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE})")
  int port = 8080;

  @Option(names = "--profile", description = "fast, full (default) or accurate")
  Profile profile = Profile.FULL;

  @Option(names = "--lexicons", paramLabel = "DIR", description = "lexicon directory (default: lexicons/)")
  Path lexicons;

  @Option(names = "--workers", description = "analyses run at the same time (default: ${DEFAULT-VALUE})")
  int workers = 1;

  @Option(names = "--queue", description = "analyses that may wait; more are refused (default: ${DEFAULT-VALUE})")
  int queue = 4;

  @Option(names = "--max-mb", description = "largest request in MB (default: 8)")
  double maxMb = ServerConfig.DEFAULT_MAX_REQUEST / 1048576.0;

  @Option(names = "--allow-private", description = "let the page fetch from loopback and private network addresses"
      + " (refused by default)")
  boolean allowPrivate;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ServerConfig config;
    try {
      config = ServerConfig.defaults().withHost(host).withPort(port).withMaxRequestBytes((long) (maxMb * 1048576))
          .withWorkers(workers, queue).withFetch(FetchPolicy.defaults().withAllowPrivate(allowPrivate));
    } catch (IllegalArgumentException e) {
      err.println("framescope serve: " + e.getMessage());
      return 2;
    }
    if (!config.loopback()) {
      err.println("warning: serving on " + host + ": anyone who can reach this computer on port " + port
          + " can use the page, read what is pasted into it and make it fetch web pages; there is no login."
          + " Use the default 127.0.0.1 unless you mean this.");
    }
    PipelineAnalyzer analyzer;
    try {
      analyzer = PipelineAnalyzer.start(Settings.of(profile, Common.lexicons(lexicons)));
    } catch (InputException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    FramescopeServer server;
    try {
      server = FramescopeServer.start(config, new AnalysisService(analyzer, analyzer.outlets(), config));
    } catch (RuntimeException e) {
      err.println("framescope serve: cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
      return 2;
    }
    String shown = config.wildcard() ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
    spec.commandLine().getOut().println("framescope serve: open http://" + shown + ":" + server.port()
        + "/ (loading the language models takes about a minute; the page shows when it is ready). Ctrl-C stops.");
    spec.commandLine().getOut().flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      stopped.countDown();
    }, "framescope-serve-stop"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.stop();
    }
    return 0;
  }
}
