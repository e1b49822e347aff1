package org.framescope.classify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects the features of one item in the hashed feature space without building strings: a feature's
 * text is fed character by character ({@link #begin}, {@link #add}, then {@link #end}) and hashed on the
 * fly (FNV-1a over UTF-16 chars, finished with MurmurHash3's fmix32, 24 bits, seeded by the block).
 *
 * <p>Why: the earlier string-keyed features spent most of the classifiers' time building substrings
 * and looking them up in a vocabulary map. The hash of a text is fixed by this class alone, so the same
 * text always gives the same key (no dependence on JVM, map order or threads).
 *
 * <p>A naming sink ({@link #naming(Set)}) additionally records readable names ("w:barbaric") for the keys
 * asked for, which is how model explanations name their top features. Not thread-safe: one per thread.
 */
public final class FeatureSink {
  private static final int FNV_OFFSET = 0x811C9DC5;
  private static final int FNV_PRIME = 0x01000193;

  private int[] keys = new int[128];
  private double[] vals = new double[128];
  private int n;
  private int block;
  private int hash;
  private FeatureBlock current;
  /** Null unless naming: the keys to name, sorted (empty = name every key). */
  private final int[] wanted;
  /** Naming sinks: which block ids have a wanted key (all when naming every key). */
  private final boolean[] wantedBlocks;
  private boolean namingCurrent;
  private final StringBuilder name;
  private final Map<Integer, String> names;

  /** A hashing sink. */
  public FeatureSink() {
    this(null);
  }

  /**
   * A hashing sink with room for about {@code expected} features before it grows (for sentence features,
   * about four per character), so scoring does not copy its buffers several times per sentence.
   */
  static FeatureSink withCapacity(int expected) {
    FeatureSink f = new FeatureSink(null);
    int cap = Math.max(128, expected);
    f.keys = new int[cap];
    f.vals = new double[cap];
    return f;
  }

  /** Every block wanted: shared by hashing sinks and naming-all sinks (never written). */
  private static final boolean[] ALL_BLOCKS = new boolean[128];

  static {
    Arrays.fill(ALL_BLOCKS, true);
  }

  private FeatureSink(Set<Integer> wanted) {
    if (wanted == null) {
      this.wanted = null;
      this.wantedBlocks = ALL_BLOCKS;
      this.name = null;
      this.names = null;
      return;
    }
    int[] w = new int[wanted.size()];
    int i = 0;
    for (int k : wanted) {
      w[i++] = k;
    }
    Arrays.sort(w);
    this.wanted = w;
    if (w.length == 0) {
      this.wantedBlocks = ALL_BLOCKS;
    } else {
      this.wantedBlocks = new boolean[128];
      for (int k : w) {
        wantedBlocks[k >>> 24] = true;
      }
    }
    this.name = new StringBuilder();
    this.names = new HashMap<>();
  }

  /**
   * Whether features of block {@code b} are wanted: always for a hashing sink; for a naming sink only if
   * a key to name is in that block (extractors skip whole blocks that are not, which keeps naming cheap).
   */
  public boolean wants(FeatureBlock b) {
    return wantedBlocks[b.id()];
  }

  /** A sink that also names the given keys (all keys when {@code keys} is empty). */
  public static FeatureSink naming(Set<Integer> keys) {
    return new FeatureSink(java.util.Objects.requireNonNull(keys, "keys"));
  }

  /** Starts a feature in {@code b}. */
  public FeatureSink begin(FeatureBlock b) {
    current = b;
    block = b.id();
    hash = FNV_OFFSET ^ (b.id() * 0x9E3779B9);
    namingCurrent = name != null && wantedBlocks[b.id()];
    if (namingCurrent) {
      name.setLength(0);
    }
    return this;
  }

  /** Feeds one character of the current feature's text. */
  public FeatureSink add(char c) {
    hash = (hash ^ c) * FNV_PRIME;
    if (namingCurrent) {
      name.append(c);
    }
    return this;
  }

  /** Feeds a string. */
  public FeatureSink add(CharSequence s) {
    return add(s, 0, s.length());
  }

  /** Feeds s[from, to). */
  public FeatureSink add(CharSequence s, int from, int to) {
    int h = hash;
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    hash = h;
    if (namingCurrent) {
      name.append(s, from, to);
    }
    return this;
  }

  /** Whether this sink records names (then callers must feed features through begin/add/end). */
  boolean isNaming() {
    return names != null;
  }

  /** The FNV state at the start of a feature of block {@code b} (for callers that hash themselves). */
  static int seed(FeatureBlock b) {
    return FNV_OFFSET ^ (b.id() * 0x9E3779B9);
  }

  /** One FNV step. */
  static int step(int h, char c) {
    return (h ^ c) * FNV_PRIME;
  }

  /**
   * Adds one count of the feature whose FNV state (from {@link #seed}, then {@link #step} per char) is
   * {@code h}: the same key {@link #begin}/{@link #add}/{@link #count} would give. Hashing sinks only.
   */
  void countHashed(FeatureBlock b, int h) {
    put((b.id() << 24) | (fmix(h) & 0xFFFFFF), 1.0);
  }

  /**
   * As {@link #countHashed(FeatureBlock, int)}; a naming sink names the key, if wanted, as the block prefix
   * plus {@code text[from, to)} (built only then, so naming costs no more than hashing).
   */
  void countHashed(FeatureBlock b, int h, CharSequence text, int from, int to) {
    int key = (b.id() << 24) | (fmix(h) & 0xFFFFFF);
    put(key, 1.0);
    if (names != null && wantedBlocks[b.id()] && isWanted(key)) {
      names.putIfAbsent(key, b.prefix() + ":" + text.subSequence(from, to));
    }
  }

  /** Ends the current feature, adding {@code value} to it (counts: 1). */
  public void end(double value) {
    int key = (block << 24) | (fmix(hash) & 0xFFFFFF);
    put(key, value);
    if (namingCurrent && isWanted(key)) {
      names.putIfAbsent(key, current.prefix() + ":" + name);
    }
  }

  /** Ends the current feature as one occurrence. */
  public void count() {
    end(1.0);
  }

  /** A whole feature of one piece: begin, add, count. */
  public void count(FeatureBlock b, CharSequence text) {
    begin(b).add(text).count();
  }

  /** A dense feature by name (e.g. "quote" in {@link FeatureBlock#DENSE}); zero values are skipped. */
  public void dense(String feature, double value) {
    if (value != 0.0) {
      begin(FeatureBlock.DENSE).add(feature).end(value);
    }
  }

  /** Dense vector components as keys {@code block << 24 | index}. */
  public void vector(FeatureBlock b, float[] v) {
    if (b.kind() != FeatureBlock.Kind.DENSE) {
      throw new IllegalArgumentException("vector features need a dense block, got " + b);
    }
    for (int i = 0; i < v.length; i++) {
      if (v[i] != 0f) {
        int key = (b.id() << 24) | i;
        put(key, v[i]);
        if (names != null && isWanted(key)) {
          names.putIfAbsent(key, b.prefix() + ":" + i);
        }
      }
    }
  }

  private boolean isWanted(int key) {
    return wanted.length == 0 || Arrays.binarySearch(wanted, key) >= 0;
  }

  /** Adds a value to a raw key. */
  public void put(int key, double value) {
    if (n == keys.length) {
      keys = Arrays.copyOf(keys, n * 2);
      vals = Arrays.copyOf(vals, n * 2);
    }
    keys[n] = key;
    vals[n] = value;
    n++;
  }

  /** The collected features (sorted, equal keys summed), and resets the sink for the next item. */
  public Features finish() {
    int[] order = sortedOrder(keys, n);
    int[] k = new int[n];
    double[] v = new double[n];
    int m = 0;
    // sums in (key, insertion) order, so the result does not depend on anything but the input
    for (int i = 0; i < n; i++) {
      int o = order[i];
      int key = keys[o];
      double val = vals[o];
      if (m > 0 && k[m - 1] == key) {
        v[m - 1] += val;
      } else {
        k[m] = key;
        v[m] = val;
        m++;
      }
    }
    n = 0;
    return new Features(Arrays.copyOf(k, m), Arrays.copyOf(v, m));
  }

  /**
   * The positions 0..n-1 ordered by key, equal keys in position order: a stable least-significant-digit radix
   * sort on the key's four bytes (keys are non-negative), skipping a byte all keys share. A sentence has hundreds
   * of features and a comparison sort of them was a quarter of the bias model's time.
   */
  static int[] sortedOrder(int[] keys, int n) {
    int[] order = new int[n];
    int[] sortedKeys = new int[n];
    int[] tmpOrder = new int[n];
    int[] tmpKeys = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    System.arraycopy(keys, 0, sortedKeys, 0, n);
    int[] count = new int[257];
    for (int shift = 0; shift < 32; shift += 8) {
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[((sortedKeys[i] >>> shift) & 0xFF) + 1]++;
      }
      if (n == 0 || count[((sortedKeys[0] >>> shift) & 0xFF) + 1] == n) {
        continue; // every key has this byte: the pass would not move anything
      }
      for (int d = 0; d < 256; d++) {
        count[d + 1] += count[d];
      }
      for (int i = 0; i < n; i++) {
        int pos = count[(sortedKeys[i] >>> shift) & 0xFF]++;
        tmpKeys[pos] = sortedKeys[i];
        tmpOrder[pos] = order[i];
      }
      int[] t = sortedKeys;
      sortedKeys = tmpKeys;
      tmpKeys = t;
      t = order;
      order = tmpOrder;
      tmpOrder = t;
    }
    return order;
  }

  /**
   * The distinct keys collected so far, ascending, written into {@code out} (grown if needed and returned
   * via {@link #lastKeys()}); resets the sink. A cheaper {@link #finish()} for binary models, which need
   * no values.
   */
  int finishKeys() {
    // insertion sort: token features are ~10 keys
    for (int i = 1; i < n; i++) {
      int k = keys[i];
      int j = i - 1;
      while (j >= 0 && keys[j] > k) {
        keys[j + 1] = keys[j];
        j--;
      }
      keys[j + 1] = k;
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m == 0 || keys[m - 1] != keys[i]) {
        keys[m++] = keys[i];
      }
    }
    n = 0;
    return m;
  }

  /** The key buffer after {@link #finishKeys()} (valid up to the count it returned). */
  int[] lastKeys() {
    return keys;
  }

  /** Names recorded by a naming sink, by key (empty for a hashing sink). */
  public Map<Integer, String> names() {
    return names == null ? Map.of() : Map.copyOf(names);
  }

  /**
   * Readable view for tests and explanations: name to value, from a sink made by {@code naming(Set.of())}
   * after {@link #finish()} returned {@code f}.
   */
  public TreeMap<String, Double> named(Features f) {
    TreeMap<String, Double> out = new TreeMap<>();
    for (int i = 0; i < f.size(); i++) {
      String nm = names == null ? null : names.get(f.key(i));
      out.merge(nm == null ? Integer.toHexString(f.key(i)) : nm, f.value(i), Double::sum);
    }
    return out;
  }

  /** MurmurHash3 32-bit finaliser. */
  static int fmix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
