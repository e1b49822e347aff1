package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCommandTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "compare", "articles");

  private static int run(StringWriter err, String... args) {
    CommandLine cl = new CommandLine(new CompareCommand());
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void writesAllReportFiles(@TempDir Path tmp) {
    StringWriter err = new StringWriter();
    assertEquals(0, run(err, "--out", tmp.toString(), "--seed", "7", FIXTURES.toString()), err.toString());
    for (String f : new String[] {"report.json", "report.html", "articles.csv", "spans.csv", "attributions.csv",
        "tests.csv"}) {
      assertTrue(Files.isRegularFile(tmp.resolve(f)), f);
    }
  }

  @Test
  void badInputIsNamedAndGivesPartialFailure(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"schema\":\"something-else\"}");
    StringWriter err = new StringWriter();
    assertEquals(1, run(err, "--out", tmp.resolve("out").toString(), FIXTURES.toString(), bad.toString()));
    assertTrue(err.toString().startsWith(bad.toString() + ": not a framescope.article/1 document"), err.toString());
    assertEquals(1, err.toString().strip().lines().count());
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path tmp) {
    StringWriter err = new StringWriter();
    assertEquals(2, run(err, "--out", tmp.toString(), "--group-by", "country", FIXTURES.toString()));
    assertTrue(err.toString().contains("group-by must be outlet or group"), err.toString());
    assertEquals(2, run(new StringWriter(), "--out", tmp.toString(), tmp.resolve("missing.json").toString()));
  }
}
