package org.framescope.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An output folder written as one unit. Input: the folder a command writes to. Output: the files of one run,
 * each complete. Files are written into a hidden staging folder inside it
 * ({@code .framescope-staging-<pid>-<n>/}) and only {@link #commit()} renames them into place, so a run that is
 * killed or fails before the end changes nothing in the folder, and a file in the folder is never a
 * truncated one beside complete files of an earlier run.
 *
 * <p>Opening the folder removes what killed runs left there: staging folders and temporary files
 * ({@link AtomicFiles}) whose process is no longer running. Those of a run still in progress are kept.
 * {@link #close()} without {@link #commit()} removes this run's staging folder.
 *
 * <p>Each rename is atomic; the renames of one commit follow each other within milliseconds, and the files
 * named in {@code commit(last...)} (a run summary) are renamed after all others, so their presence says the
 * run's other files are in place.
 */
public final class OutputDir implements Closeable {
  private static final String STAGING_PREFIX = ".framescope-staging-";
  private static final Pattern STAGING = Pattern.compile("^\\.framescope-staging-(\\d+)-\\d+$");

  private final Path dir;
  private final Path staging;
  private final Set<String> staged = new LinkedHashSet<>();
  private final int cleaned;
  private boolean committed;

  private OutputDir(Path dir, Path staging, int cleaned) {
    this.dir = dir;
    this.staging = staging;
    this.cleaned = cleaned;
  }

  /** Creates {@code dir} if needed, removes stale staging folders and temporary files, and starts staging. */
  public static OutputDir open(Path dir) throws IOException {
    Files.createDirectories(dir);
    int cleaned = cleanStale(dir);
    long pid = ProcessHandle.current().pid();
    for (int n = 1; ; n++) {
      Path s = dir.resolve(STAGING_PREFIX + pid + "-" + n);
      try {
        Files.createDirectory(s);
        return new OutputDir(dir, s, cleaned);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // another OutputDir of this process on the same folder: take the next number
      }
    }
  }

  /** The folder the files end up in. */
  public Path dir() {
    return dir;
  }

  /** How many stale staging folders and temporary files {@link #open} removed. */
  public int cleaned() {
    return cleaned;
  }

  /**
   * The staging path of {@code name} (a '/'-separated path relative to the folder), with its parent folders
   * created; the file is renamed to {@code dir/name} by {@link #commit()}.
   */
  public synchronized Path stage(String name) throws IOException {
    Path p = resolve(staging, name);
    Files.createDirectories(p.getParent());
    staged.add(name);
    return p;
  }

  /** Writes one whole file into staging. */
  public void write(String name, AtomicFiles.Writer writer) throws IOException {
    try (OutputStream out = open(name)) {
      writer.write(out);
    }
  }

  /** Writes one text file (UTF-8) into staging. */
  public void writeString(String name, String text) throws IOException {
    write(name, o -> o.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** A stream into a staged file (for outputs written record by record). */
  public OutputStream open(String name) throws IOException {
    return Files.newOutputStream(stage(name), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
  }

  /**
   * Renames every staged file into the folder (replacing files of the same name), the names in {@code last}
   * after all others, and removes the staging folder.
   *
   * @return the names written, in the order they were renamed
   */
  public synchronized List<String> commit(String... last) throws IOException {
    if (committed) {
      throw new IllegalStateException("already committed: " + dir);
    }
    List<String> order = new ArrayList<>();
    List<String> tail = new ArrayList<>();
    for (String n : staged) {
      (List.of(last).contains(n) ? tail : order).add(n);
    }
    order.addAll(tail);
    for (String n : order) {
      Path target = resolve(dir, n);
      Files.createDirectories(target.getParent());
      AtomicFiles.move(resolve(staging, n), target);
    }
    committed = true;
    deleteTree(staging);
    return order;
  }

  /** Removes the staging folder when the run did not commit (an error or an interrupted run). */
  @Override
  public void close() throws IOException {
    if (!committed) {
      committed = true;
      deleteTree(staging);
    }
  }

  /**
   * A file name (without extension) for an article id, unique among {@code used}, which it joins: characters other
   * than letters, digits, '.', '_' and '-' become '_' (ids may contain '/' and collide after this), a leading dot is
   * avoided, long ids are cut to 200 characters, and a taken name gets "-2", "-3"... Every writer of per-article
   * files ({@code analyze --out}, the report's article pages, {@code export}) names them this way.
   */
  public static String fileName(String id, java.util.Set<String> used) {
    String base = id.replaceAll("[^A-Za-z0-9._-]+", "_");
    if (base.isEmpty() || base.startsWith(".")) {
      base = "article" + base;
    }
    if (base.length() > 200) {
      base = base.substring(0, 200);
    }
    String name = base;
    for (int i = 2; !used.add(name); i++) {
      name = base + "-" + i;
    }
    return name;
  }

  /**
   * Removes from {@code dir} the staging folders and temporary files left by framescope processes that are no
   * longer running. Returns how many it removed.
   */
  public static int cleanStale(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*")) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        Matcher m = STAGING.matcher(name);
        if (m.matches() && Files.isDirectory(p) && !AtomicFiles.alive(Long.parseLong(m.group(1)))) {
          deleteTree(p);
          removed++;
        } else if (Files.isRegularFile(p) && AtomicFiles.isStale(name)) {
          Files.deleteIfExists(p);
          removed++;
        }
      }
    }
    return removed;
  }

  private static Path resolve(Path base, String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\")) {
      throw new IllegalArgumentException("output name must be a relative '/'-separated path, got '" + name + "'");
    }
    Path p = base.resolve(name).normalize();
    if (!p.startsWith(base.normalize()) || p.equals(base.normalize())) {
      throw new IllegalArgumentException("output name leaves the output folder: '" + name + "'");
    }
    return p;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
