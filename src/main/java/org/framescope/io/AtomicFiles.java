package org.framescope.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files atomically: to a temporary file in the same directory, then renamed over the target,
 * so a crash or error never leaves a partial output behind. Input: a target path and something that writes
 * bytes. Output: the target, complete, or unchanged.
 *
 * <p>Temporary files are named {@code .<target>.<pid>-<n>.tmp} and created with the default permissions (the
 * user's umask decides, 0644 for the usual 022), so every output of framescope has the same mode whatever
 * wrote it. The process id in the name lets a later run remove the temporary files of a killed run
 * ({@link #isStale}) without touching those of a run still in progress.
 */
public final class AtomicFiles {
  /** Name of a temporary file: {@code .<target>.<pid>-<n>.tmp}. */
  private static final Pattern TEMP = Pattern.compile("^\\..+\\.(\\d+)-\\d+\\.tmp$");
  /** Temporary files of framescope before 0.1.0's issue 12 ({@code Files.createTempFile}: random digits, no pid). */
  private static final Pattern LEGACY_TEMP = Pattern.compile("^\\..+\\.\\d{6,}\\.tmp$");
  private static final AtomicLong COUNTER = new AtomicLong();

  private AtomicFiles() { }

  /** Something that writes to a stream. */
  @FunctionalInterface
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  public static void write(Path target, Writer writer) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = createTemp(dir, target.getFileName().toString());
    try {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
        writer.write(out);
      }
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Creates an empty temporary file for {@code name} in {@code dir}, with default permissions (not the 0600 of
   * {@link Files#createTempFile}), named so {@link #isStale} can tell whether its writer is still alive.
   */
  public static Path createTemp(Path dir, String name) throws IOException {
    long pid = ProcessHandle.current().pid();
    while (true) {
      Path tmp = dir.resolve("." + name + "." + pid + "-" + COUNTER.incrementAndGet() + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        // left by an earlier process with the same pid: take the next number
      }
    }
  }

  /** Renames {@code from} over {@code to}: atomically where the file system can, else a plain replace. */
  public static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * True when {@code name} is a temporary file of a framescope process that is no longer running (or of an
   * older framescope, whose names carry no process id): it will never be renamed into place.
   */
  public static boolean isStale(String name) {
    Matcher m = TEMP.matcher(name);
    if (m.matches()) {
      return !alive(Long.parseLong(m.group(1)));
    }
    return LEGACY_TEMP.matcher(name).matches();
  }

  /** Whether a process with this id is running on this machine. */
  static boolean alive(long pid) {
    if (pid == ProcessHandle.current().pid()) {
      return true;
    }
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
