package org.framescope.classify;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.framescope.resource.UserCache;

/**
 * Where framescope starts ONNX Runtime (the {@code accurate} profile's sentence encoder and cue tagger): the
 * environment, and sessions with one intra-op thread in sequential mode, so that scores do not depend on the
 * machine's cores.
 *
 * <p>ONNX Runtime 1.20.0 unpacks its native libraries into a new {@code onnxruntime-java*} folder of the system
 * temporary folder in every process and leaves that folder behind, empty (it asks for the folder's deletion after
 * its files', and the JVM deletes in reverse order). Before ONNX Runtime loads, the libraries are therefore
 * unpacked once into the user's cache, {@code $XDG_CACHE_HOME/framescope/onnxruntime-VERSION-PLATFORM} (else
 * {@code ~/.cache/...}), and ONNX Runtime is pointed there with its own setting {@code onnxruntime.native.path};
 * its temporary folder then stays empty and is deleted on exit. A path the user set is respected; where the cache
 * cannot be written or the platform's libraries are not in the jar, ONNX Runtime unpacks them as before.
 */
final class OnnxRuntimes {
  static final String NATIVE_PATH = "onnxruntime.native.path";
  private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");
  private static boolean prepared;

  private OnnxRuntimes() {
  }

  /** The shared environment, with the native libraries loaded from the user's cache where possible. */
  static synchronized OrtEnvironment environment() {
    if (!prepared) {
      prepared = true;
      if (System.getProperty(NATIVE_PATH) == null) {
        String version = OrtEnvironment.class.getPackage().getImplementationVersion();
        String platform = platform();
        if (version != null && platform != null) {
          Path dir = UserCache.root().resolve("onnxruntime-" + version + "-" + platform);
          if (unpack(platform, dir)) {
            System.setProperty(NATIVE_PATH, dir.toString());
          }
        }
      }
    }
    return OrtEnvironment.getEnvironment();
  }

  /** A session on one intra-op and one inter-op thread, sequential: the same numbers on any machine. */
  static OrtSession session(OrtEnvironment env, byte[] onnx) throws OrtException {
    OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
    opts.setIntraOpNumThreads(1);
    opts.setInterOpNumThreads(1);
    opts.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
    return env.createSession(onnx, opts);
  }

  /**
   * Copies the platform's native libraries from ONNX Runtime's jar into {@code dir}, each through a temporary file
   * moved into place, so a reader never sees half a library; a library already there with the jar's size is kept.
   *
   * @return true when every library is in {@code dir}; false (nothing half-written) when one is not in the jar or
   *     cannot be written
   */
  static boolean unpack(String platform, Path dir) {
    try {
      Files.createDirectories(dir);
      for (String name : LIBRARIES) {
        String file = System.mapLibraryName(name);
        String resource = "/ai/onnxruntime/native/" + platform + "/" + file;
        Path target = dir.resolve(file);
        java.net.URL url = OrtEnvironment.class.getResource(resource);
        if (url == null) {
          return false;
        }
        long size = url.openConnection().getContentLengthLong();
        if (Files.isRegularFile(target) && size >= 0 && Files.size(target) == size) {
          continue;
        }
        Path tmp = Files.createTempFile(dir, file, ".tmp");
        try (InputStream in = url.openStream()) {
          Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** ONNX Runtime's name for this platform's folder in its jar, or null where it ships none. */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String o = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "osx" : os.startsWith("windows") ? "win" : null;
    String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64"
        : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
    return o == null || a == null ? null : o + "-" + a;
  }
}
