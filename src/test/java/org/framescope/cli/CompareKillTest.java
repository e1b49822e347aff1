package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during {@code compare} never leaves a truncated file beside the files of an earlier run (issue
 * 12, failure 5). A child JVM runs compare over and over into one folder; the test kills it the moment it is
 * writing (a file in the folder differs from a complete report, or a staging folder holds a file) and then
 * checks that every file a reader can see is byte for byte the complete report. Every run has the same input and
 * seed, so a complete file always has the same bytes. The next run cleans up what the killed one left.
 */
class CompareKillTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "compare", "articles");
  private static final List<String> FILES = List.of("report.json", "report.html", "articles.csv", "spans.csv",
      "attributions.csv", "tests.csv");

  @TempDir
  Path tmp;

  /** The child: compare into the folder until killed. */
  public static void main(String[] args) {
    while (true) {
      Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
          "compare", "--seed", "7", "--out", args[0], args[1]);
    }
  }

  @Test
  void killedWhileWritingLeavesOnlyCompleteFiles() throws Exception {
    Path ref = tmp.resolve("ref");
    assertEquals(0, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "compare", "--seed", "7", "--out", ref.toString(), FIXTURES.toString()));
    Map<String, byte[]> complete = new TreeMap<>();
    for (String f : FILES) {
      complete.put(f, Files.readAllBytes(ref.resolve(f)));
    }
    Path out = tmp.resolve("out");
    int killedWhileWriting = 0;
    for (int round = 0; round < 3; round++) {
      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-cp", System.getProperty("java.class.path"), CompareKillTest.class.getName(), out.toString(),
          FIXTURES.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
      try {
        // Round 0 waits for the very first write; later rounds for a rewrite of an existing report.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!writing(out, complete) && System.nanoTime() < deadline && child.isAlive()) {
          java.util.concurrent.locks.LockSupport.parkNanos(200_000);
        }
        assertTrue(child.isAlive(), "the child runs: " + Files.readString(tmp.resolve("child.log")));
        killedWhileWriting += writing(out, complete) ? 1 : 0;
      } finally {
        child.destroyForcibly().waitFor();
      }
      for (String f : FILES) {
        Path p = out.resolve(f);
        if (Files.exists(p)) {
          assertArrayEquals(complete.get(f), Files.readAllBytes(p), "round " + round + ": " + f + " is complete");
        }
      }
    }
    assertEquals(3, killedWhileWriting, "each kill hit a run in the middle of writing");
    // A later run removes the killed runs' staging folders and writes the whole report.
    assertEquals(0, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "compare", "--seed", "7", "--out", out.toString(), FIXTURES.toString()));
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(new ArrayList<>(new java.util.TreeSet<>(FILES)), s.map(p -> p.getFileName().toString()).sorted()
          .toList(), "no staging folder or temporary file is left");
    }
  }

  /** True while some run is writing: a staged file exists, or a visible file is not the complete one. */
  private static boolean writing(Path out, Map<String, byte[]> complete) {
    try {
      if (!Files.isDirectory(out)) {
        return false;
      }
      try (Stream<Path> s = Files.list(out)) {
        for (Path p : s.toList()) {
          String name = p.getFileName().toString();
          if (name.startsWith(".framescope-staging-")) {
            try (Stream<Path> staged = Files.list(p)) {
              if (staged.findAny().isPresent()) {
                return true;
              }
            }
          } else if (complete.containsKey(name) && Files.size(p) != complete.get(name).length) {
            return true;
          }
        }
      }
      return false;
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return false; // a file renamed or removed while we looked: look again
    }
  }
}
