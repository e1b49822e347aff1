package org.framescope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .ci/run} waits while another process holds the apt/dpkg lock instead of failing (issue 12, failure 7),
 * through {@code .ci/apt-wait}: run here against a stand-in for apt-get that reports a held lock a given number
 * of times, then succeeds.
 */
class CiAptWaitTest {
  @TempDir
  Path dir;

  record Result(int exit, String out) { }

  private Result aptWait(int tries, String... command) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", Path.of(".ci", "apt-wait").toAbsolutePath().toString()));
    cmd.addAll(List.of(command));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("APT_WAIT_SECONDS", "0");
    pb.environment().put("APT_WAIT_TRIES", String.valueOf(tries));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), out);
  }

  /** A stand-in for apt-get: the lock is held for the first {@code held} calls. */
  private Path fakeApt(int held) throws Exception {
    Path count = dir.resolve("count");
    return Files.writeString(dir.resolve("fake-apt"), "n=$(cat " + count + " 2>/dev/null || echo 0); n=$((n+1));"
        + " echo $n > " + count + "\nif [ $n -le " + held + " ]; then echo 'E: Could not get lock"
        + " /var/lib/dpkg/lock-frontend. It is held by process 4242 (unattended-upgr)'; exit 100; fi\necho installed\n");
  }

  @Test
  void aHeldLockIsWaitedForOtherFailuresAreNot() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    Result waited = aptWait(60, "bash", fakeApt(2).toString());
    assertEquals(0, waited.exit(), waited.out());
    assertEquals(List.of("ci: another process holds the apt/dpkg lock; waiting (1/60)",
        "ci: another process holds the apt/dpkg lock; waiting (2/60)", "installed"), waited.out().lines().toList());
    Files.delete(dir.resolve("count"));
    Result gaveUp = aptWait(2, "bash", fakeApt(5).toString());
    assertEquals(1, gaveUp.exit(), "gives up after its tries");
    assertTrue(gaveUp.out().endsWith("It is held by process 4242 (unattended-upgr)\n"), gaveUp.out());
    Result other = aptWait(60, "bash", "-c", "echo 'E: Unable to locate package nope'; exit 100");
    assertEquals(new Result(1, "E: Unable to locate package nope\n"), other, "any other failure at once");
  }

  @Test
  void ciRunCallsItForEveryAptGet() throws Exception {
    String run = Files.readString(Path.of(".ci", "run"));
    long aptGets = run.lines().filter(l -> l.contains("apt-get ") && !l.strip().startsWith("#")).count();
    long waited = run.lines().filter(l -> l.strip().startsWith(".ci/apt-wait ") && l.contains("apt-get ")).count();
    assertEquals(2, aptGets);
    assertEquals(aptGets, waited, "every apt-get goes through .ci/apt-wait");
  }
}
