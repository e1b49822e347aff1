package org.framescope.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A small seeded property runner for the fuzz suite: it draws {@code tries} inputs from a generator, each from its
 * own {@link Random} seeded by (suite seed, property name, try number), runs the check on each, and counts the
 * invariants the check asserted. In: a property name, a default number of tries, a generator and a check. Out:
 * the {@link Figures} of the run (inputs tried, invariants checked, milliseconds), or an {@link AssertionError}
 * naming the try, the seed and a file under {@code target/fuzz-failures/} holding the smallest failing input found
 * by cutting the input down.
 *
 * <p>CI runs a fixed seed and the tries written in each test; {@code -Dframescope.fuzz.tries=N} multiplies them by
 * N (a longer hunt) and {@code -Dframescope.fuzz.seed=S} draws other inputs. Any failure names its seed and try, so
 * {@code -Dframescope.fuzz.seed=S} reproduces it exactly. A hand-written runner instead of jqwik: see
 * docs/reliability.md for why.
 */
final class Trials {
  /** The suite seed: fixed in CI so every run checks the same inputs. */
  static final long SEED = Long.getLong("framescope.fuzz.seed", 20261129L);
  /** How many times the written tries to run (1 in CI). */
  static final int SCALE = Integer.getInteger("framescope.fuzz.tries", 1);

  private Trials() { }

  /** One generated input: a file name (its extension says the kind), its bytes and what the generator made. */
  record Input(String fileName, byte[] bytes, String description) { }

  /** A check over one input that counts each invariant it asserted. */
  interface Check {
    void accept(Input input, AtomicLong invariants) throws Exception;
  }

  /** What one property run did. */
  record Figures(String property, int inputs, long invariants, long millis, long seed) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "fuzz %s: %,d inputs tried, %,d invariants checked, %.1f s (seed %d)",
          property, inputs, invariants, millis / 1000.0, seed);
    }
  }

  /** Runs the property; returns its figures (and prints them, so the CI log carries them). */
  static Figures run(String property, int tries, Function<Random, Input> generator, Check check) {
    int n = tries * SCALE;
    AtomicLong invariants = new AtomicLong();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Input in = generator.apply(new Random(seedOf(property, i)));
      try {
        check.accept(in, invariants);
      } catch (Throwable t) {
        Input smallest = shrink(in, check);
        throw new AssertionError(property + ": try " + i + " of seed " + SEED + " (" + in.description() + ") failed: "
            + t + "; smallest failing input: " + save(property, smallest), t);
      }
    }
    Figures f = new Figures(property, n, invariants.get(), (System.nanoTime() - start) / 1_000_000, SEED);
    System.out.println(f);
    return f;
  }

  /** The seed of one try: the same for the same suite seed, property and try. */
  static long seedOf(String property, int i) {
    return SEED * 1_000_003L + property.hashCode() * 65_537L + i;
  }

  /** Cuts the input down (halves, then quarters ... from either end) while the check still fails. */
  private static Input shrink(Input in, Check check) {
    byte[] b = in.bytes();
    for (int chunk = b.length / 2; chunk >= 1; chunk /= 2) {
      boolean cut = true;
      while (cut && b.length > chunk) {
        cut = false;
        for (int at = 0; at + chunk <= b.length; at += chunk) {
          byte[] smaller = new byte[b.length - chunk];
          System.arraycopy(b, 0, smaller, 0, at);
          System.arraycopy(b, at + chunk, smaller, at, b.length - at - chunk);
          if (fails(new Input(in.fileName(), smaller, in.description()), check)) {
            b = smaller;
            cut = true;
            break;
          }
        }
      }
    }
    return new Input(in.fileName(), b, in.description());
  }

  private static boolean fails(Input in, Check check) {
    try {
      check.accept(in, new AtomicLong());
      return false;
    } catch (Throwable t) {
      return true;
    }
  }

  private static String save(String property, Input in) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
      return Files.write(dir.resolve(property + "-" + SEED + "-" + in.fileName()), in.bytes()).toString();
    } catch (IOException e) {
      return "(not saved: " + e.getMessage() + ")";
    }
  }
}
