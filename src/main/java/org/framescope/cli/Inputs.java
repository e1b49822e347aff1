package org.framescope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.framescope.ingest.FetchPolicy;
import org.framescope.ingest.Ingestor;
import org.framescope.ingest.UrlFetcher;
import org.framescope.model.ArticleResult;
import org.framescope.model.InputException;
import org.framescope.io.AtomicFiles;

/**
 * The inputs of {@code analyze} as the user gave them: file and directory paths, {@code -} for one article on
 * stdin, and URLs, which are fetched only with {@code --fetch} (the page is saved next to the output, and its
 * URL and saved file go into the article's provenance, so the run can be repeated offline on the saved file).
 * Each problem is one line on stderr naming the input, counted in {@link #failed}.
 *
 * @param paths the paths to expand as before
 * @param refs inputs already read: stdin, fetched pages (saved as files)
 * @param origins saved file to the provenance entries of the page fetched into it
 * @param failed inputs that could not be used
 */
record Inputs(List<Path> paths, List<Ingestor.InputRef> refs, Map<Path, Map<String, String>> origins, int failed) {
  /** Folder for fetched pages when there is no --out. */
  static final Path FETCHED_WITHOUT_OUT = Path.of("framescope-fetched");

  static Inputs resolve(List<String> given, boolean fetch, boolean allowPrivate, long maxBytes, Path out,
                        PrintWriter err) throws IOException {
    return resolve(given, fetch, FetchPolicy.defaults().withAllowPrivate(allowPrivate)
        .withMaxBytes(Math.min(maxBytes, FetchPolicy.DEFAULT_MAX_BYTES * 5)), out, err, System.in);
  }

  static Inputs resolve(List<String> given, boolean fetch, FetchPolicy policy, Path out, PrintWriter err,
                        InputStream stdin) throws IOException {
    List<Path> paths = new ArrayList<>();
    List<Ingestor.InputRef> refs = new ArrayList<>();
    Map<Path, Map<String, String>> origins = new HashMap<>();
    int failed = 0;
    boolean stdinRead = false;
    UrlFetcher fetcher = fetch ? new UrlFetcher(policy) : null;
    for (String s : given) {
      if (s.equals(Ingestor.STDIN_NAME)) {
        if (stdinRead) {
          err.println("error: -: standard input given twice");
          failed++;
          continue;
        }
        stdinRead = true;
        byte[] data = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
        if (data.length > policy.maxBytes()) {
          err.println("error: -: standard input larger than the limit (raise it with --max-mb)");
          failed++;
        } else if (data.length == 0) {
          err.println("error: -: standard input is empty");
          failed++;
        } else {
          refs.add(Ingestor.InputRef.stdin(data));
        }
      } else if (UrlFetcher.looksLikeUrl(s)) {
        if (fetcher == null) {
          err.println("error: " + s + ": a URL; add --fetch to download it (http/https; the page is saved next to the"
              + " output), or save the page and give its file");
          failed++;
          continue;
        }
        try {
          UrlFetcher.Fetched f = fetcher.fetch(s);
          Path dir = out != null ? out.resolve("fetched") : FETCHED_WITHOUT_OUT;
          Files.createDirectories(dir);
          Path file = dir.resolve(fileName(f));
          AtomicFiles.write(file, o -> o.write(f.body()));
          Map<String, String> origin = new TreeMap<>();
          origin.put("url", f.requested().toString());
          origin.put("finalUrl", f.url().toString());
          origin.put("savedAs", file.toString());
          origins.put(file.toAbsolutePath().normalize(), origin);
          refs.add(new Ingestor.InputRef(file, Ingestor.Kind.HTML));
          err.println("fetched " + s + " -> " + file + " (sha256 " + f.sha256() + ")");
        } catch (InputException e) {
          err.println("error: " + e.getMessage());
          failed++;
        }
      } else {
        paths.add(Path.of(s));
      }
    }
    return new Inputs(paths, refs, origins, failed);
  }

  /** host-sha12.html: readable, and two different pages never share a name. */
  static String fileName(UrlFetcher.Fetched f) {
    String host = f.url().getHost() == null ? "page" : f.url().getHost().toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9.-]", "_");
    return host + "-" + f.sha256().substring(0, 12) + ".html";
  }

  /** The result with its source set to the URL and the fetch recorded in provenance, when it was fetched. */
  ArticleResult withOrigin(ArticleResult r) {
    Map<String, String> origin = origins.get(Path.of(r.source()).toAbsolutePath().normalize());
    if (origin == null) {
      return r;
    }
    return new ArticleResult(r.schema(), r.id(), origin.get("url"), r.title(), r.outlet(), r.published(), r.url(),
        r.outletGroup(), r.event(), r.outletCountry(), r.ownership(), r.body(), r.removed(), r.sentences(),
        r.attributions(), r.stance(), r.frames(), r.metrics(), r.flags(), r.provenance().withInput(origin));
  }
}
