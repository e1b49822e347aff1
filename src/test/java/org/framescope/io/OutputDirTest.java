package org.framescope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs appear whole or not at all: staged files are invisible until the commit, an aborted run changes
 * nothing, what killed runs left is cleaned up (and only that), and every output gets the same file mode.
 */
class OutputDirTest {
  @TempDir
  Path dir;

  private List<String> visible() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    }
  }

  @Test
  void filesAppearOnlyAtCommitAndTheSummaryLast() throws Exception {
    Files.writeString(dir.resolve("report.json"), "old run\n");
    try (OutputDir out = OutputDir.open(dir)) {
      out.writeString("report.json", "new run\n");
      out.writeString("articles/a.json", "{}\n");
      out.writeString("spans.csv", "x\n");
      assertEquals(List.of("report.json"), visible(), "nothing new is visible before the commit");
      assertEquals("old run\n", Files.readString(dir.resolve("report.json")));
      List<String> order = out.commit("report.json");
      assertEquals("report.json", order.get(order.size() - 1), "the named summary is renamed last");
    }
    assertEquals(List.of("articles", "report.json", "spans.csv"), visible());
    assertEquals("new run\n", Files.readString(dir.resolve("report.json")));
    assertEquals("{}\n", Files.readString(dir.resolve("articles/a.json")));
    try (Stream<Path> s = Files.list(dir)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")), "staging folder removed");
    }
  }

  @Test
  void aRunThatFailsBeforeTheCommitChangesNothing() throws Exception {
    Files.writeString(dir.resolve("spans.csv"), "earlier\n");
    assertThrows(IllegalStateException.class, () -> {
      try (OutputDir out = OutputDir.open(dir)) {
        out.writeString("spans.csv", "half a fi");
        throw new IllegalStateException("killed");
      }
    });
    assertEquals(List.of("spans.csv"), visible());
    assertEquals("earlier\n", Files.readString(dir.resolve("spans.csv")));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.count(), "the aborted run's staging folder is gone");
    }
  }

  @Test
  void leftoversOfDeadProcessesAreRemovedThoseOfLiveOnesKept() throws Exception {
    long dead = deadPid();
    long live = ProcessHandle.current().pid();
    Path deadStaging = Files.createDirectories(dir.resolve(".framescope-staging-" + dead + "-1"));
    Files.writeString(deadStaging.resolve("spans.csv"), "trunc");
    Path liveStaging = Files.createDirectories(dir.resolve(".framescope-staging-" + live + "-7"));
    Path deadTemp = Files.writeString(dir.resolve(".report.json." + dead + "-3.tmp"), "x");
    Path liveTemp = Files.writeString(dir.resolve(".report.json." + live + "-99.tmp"), "x");
    // What 'analyze --format jsonl' left when killed before this change (Files.createTempFile: random digits)
    Path legacy = Files.writeString(dir.resolve(".articles.8427719935541101.tmp"), "{\"schema\"");
    Path userFile = Files.writeString(dir.resolve(".notes.tmp"), "mine");
    assertEquals(3, OutputDir.cleanStale(dir));
    assertFalse(Files.exists(deadStaging));
    assertFalse(Files.exists(deadTemp));
    assertFalse(Files.exists(legacy));
    assertTrue(Files.exists(liveStaging), "a run in progress keeps its staging folder");
    assertTrue(Files.exists(liveTemp));
    assertTrue(Files.exists(userFile), "files framescope did not name are never touched");
  }

  @Test
  void outputsGetTheModeTheUmaskGivesAnyNewFile() throws Exception {
    Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX modes");
    Set<PosixFilePermission> plain = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
    AtomicFiles.writeString(dir.resolve("atomic.json"), "{}");
    try (OutputDir out = OutputDir.open(dir)) {
      out.writeString("staged.json", "{}");
      out.commit();
    }
    assertEquals(plain, Files.getPosixFilePermissions(dir.resolve("atomic.json")), "not the 0600 of createTempFile");
    assertEquals(plain, Files.getPosixFilePermissions(dir.resolve("staged.json")));
  }

  @Test
  void namesCannotLeaveTheFolder() throws Exception {
    try (OutputDir out = OutputDir.open(dir)) {
      assertThrows(IllegalArgumentException.class, () -> out.stage("../x.json"));
      assertThrows(IllegalArgumentException.class, () -> out.stage("/etc/x"));
    }
  }

  /** A process id that is not running: a child that has ended. */
  static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    long pid = p.pid();
    Assumptions.assumeFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid reused");
    return pid;
  }
}
