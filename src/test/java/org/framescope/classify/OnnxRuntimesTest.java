package org.framescope.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtEnvironment;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ONNX Runtime's native libraries unpacked once into a cache folder, whole, and kept when already there. */
class OnnxRuntimesTest {
  @TempDir
  Path dir;

  static String platform() {
    String p = OnnxRuntimes.platform();
    Assumptions.assumeTrue(p != null && OrtEnvironment.class.getResource("/ai/onnxruntime/native/" + p + "/"
        + System.mapLibraryName("onnxruntime")) != null, "ONNX Runtime ships no library for this platform");
    return p;
  }

  @Test
  void unpacksTheLibrariesWholeAndKeepsThemOnTheNextRun() throws Exception {
    String p = platform();
    Path cache = dir.resolve("onnxruntime-test-" + p);
    assertTrue(OnnxRuntimes.unpack(p, cache));
    for (String name : new String[] {"onnxruntime", "onnxruntime4j_jni"}) {
      String file = System.mapLibraryName(name);
      try (InputStream in = OrtEnvironment.class.getResourceAsStream("/ai/onnxruntime/native/" + p + "/" + file)) {
        assertArrayEquals(in.readAllBytes(), Files.readAllBytes(cache.resolve(file)), file);
      }
    }
    try (Stream<Path> s = Files.list(cache)) {
      assertEquals(2, s.count(), "no temporary file is left");
    }
    Path lib = cache.resolve(System.mapLibraryName("onnxruntime"));
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(lib, old);
    assertTrue(OnnxRuntimes.unpack(p, cache));
    assertEquals(old, Files.getLastModifiedTime(lib), "a library already there is not written again");
  }

  @Test
  void aTruncatedLibraryIsReplaced() throws Exception {
    String p = platform();
    Path cache = dir.resolve("c");
    assertTrue(OnnxRuntimes.unpack(p, cache));
    Path lib = cache.resolve(System.mapLibraryName("onnxruntime4j_jni"));
    long size = Files.size(lib);
    Files.write(lib, new byte[10]);
    assertTrue(OnnxRuntimes.unpack(p, cache));
    assertEquals(size, Files.size(lib));
  }

  @Test
  void aCacheThatCannotBeWrittenFallsBack() throws Exception {
    String p = platform();
    Path file = dir.resolve("not-a-folder");
    Files.writeString(file, "x");
    assertFalse(OnnxRuntimes.unpack(p, file.resolve("sub")));
    assertFalse(OnnxRuntimes.unpack("nowhere-x99", dir.resolve("d")), "no libraries for an unknown platform");
  }
}
