package org.framescope.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Executes every notebook under notebooks/ headlessly, so the evaluation notebooks cannot rot. Skips when
 * jupyter-nbconvert is not installed (.ci/run installs it from Debian's packages).
 */
@Tag("notebooks")
class NotebooksIT {
  private static boolean onPath(String exe) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, exe)));
  }

  @Test
  void notebooksExecute() throws Exception {
    assumeTrue(onPath("jupyter-nbconvert"), "jupyter-nbconvert not installed");
    Path out = Path.of("target", "notebooks").toAbsolutePath();
    Files.createDirectories(out);
    List<Path> notebooks;
    try (Stream<Path> s = Files.list(Path.of("notebooks"))) {
      notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
    assumeTrue(!notebooks.isEmpty(), "no notebooks");
    for (Path nb : notebooks) {
      ProcessBuilder pb = new ProcessBuilder("jupyter-nbconvert", "--to", "notebook", "--execute",
          "--ExecutePreprocessor.timeout=300", "--output-dir", out.toString(), nb.getFileName().toString())
          .directory(Path.of("notebooks").toFile()).redirectErrorStream(true)
          .redirectOutput(out.resolve(nb.getFileName() + ".log").toFile());
      Process p = pb.start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError(nb + ": notebook did not finish in 10 minutes");
      }
      assertEquals(0, p.exitValue(), () -> nb + " failed:\n" + read(out.resolve(nb.getFileName() + ".log")));
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      return "(no log)";
    }
  }
}
