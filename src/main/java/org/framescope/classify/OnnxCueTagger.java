package org.framescope.classify;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framescope.model.InputException;
import org.framescope.nlp.Profile;
import org.framescope.resource.DataFile;

/**
 * A cue tagger: e5-small-v2 (a BERT, 384 wide) fine-tuned on PolNeAR train to mark the word pieces that begin a
 * cue's head word, run by ONNX Runtime on the CPU. Two are shipped ({@link Shipped}): the {@code accurate}
 * profile's uses all 12 layers in float (bge-small-en-v1.5, fine-tuned the same way, was shipped before it), the
 * {@code full} profile's only the first 2 layers, quantized to 8-bit integers (docs/evaluation-polnear.md, "A small
 * tagger for the full profile"). Trained by {@code scripts/cue_tagger/finetune.py} from the sentences
 * {@code framescope train cue-sentences} writes, quantized by {@code scripts/cue_tagger/quantize.py}.
 *
 * <p>Files: an ONNX model (inputs {@code input_ids}, {@code attention_mask}; output {@code probabilities} per
 * piece; float16 weights that ONNX Runtime widens when it loads them, or 8-bit ones) and a JSON record (training,
 * and quantization where there was one). Loading checks the ONNX file's SHA-256 against the record and runs the
 * record's check sentence, whose probabilities must come out as training computed them (within 1e-3, or the
 * record's {@code checkTolerance}); either failure is an {@link InputException} naming the file.
 *
 * <p>Input: a sentence's words; they are split into word pieces with MiniLM's tokenizer (the one the sentence
 * encoder ships; e5-small-v2 has the same uncased BERT vocabulary and normalizer, so the same piece ids),
 * [CLS] and [SEP] added, and cut to the record's {@code maxPieces} (words past it get {@code NaN}). Output: per
 * word, the probability of its first piece, rounded to 6 decimals. Deterministic and
 * thread-safe like {@link OnnxSentenceEncoder}: one intra-op thread per call. A float tagger runs sentences in
 * batches (their numbers do not depend on the batch beyond float rounding); a quantized one scales its
 * activations over the whole input, so it runs one sentence per call and a sentence's numbers are its own.
 */
public final class OnnxCueTagger implements CueTagger {
  /**
   * The shipped taggers, each with its mix with the linear cue model (chosen on the validation split of PolNeAR
   * train; docs/evaluation-polnear.md): the {@code accurate} profile's, all 12 layers of e5-small-v2 in float, and
   * the {@code full} profile's, its first 2 layers fine-tuned alone and quantized to 8 bits, cheap enough for
   * {@code full}'s speed bar (docs/benchmarks.md).
   */
  public enum Shipped {
    ACCURATE("cue-tagger", new Mix(0.9, 0.35)),
    FULL("cue-tagger-full", new Mix(0.7, 0.3));

    private final String stem;
    private final Mix mix;

    Shipped(String stem, Mix mix) {
      this.stem = stem;
      this.mix = mix;
    }

    /** The tagger of an annotation profile: accurate's for {@code accurate}, full's for the others. */
    public static Shipped of(Profile p) {
      return p == Profile.ACCURATE ? ACCURATE : FULL;
    }

    /** The shipped mix. */
    public Mix mix() {
      return mix;
    }

    String onnxResource() {
      return RESOURCE_DIR + stem + ".onnx";
    }

    String recordResource() {
      return RESOURCE_DIR + stem + ".json";
    }
  }

  /** Classpath folder of the shipped files. */
  public static final String RESOURCE_DIR = "/models/";
  /** The files of a tagger folder that {@code finetune.py} or {@code quantize.py} wrote. */
  public static final String ONNX_FILE = "cue-tagger.onnx";
  public static final String RECORD_FILE = "cue-tagger.json";
  private static final String TOKENIZER_RESOURCE = OnnxSentenceEncoder.TOKENIZER_RESOURCE;
  /** Sentences per ONNX call at most (a float tagger; a quantized one runs one at a time). */
  static final int BATCH = 8;
  /** How close the check sentence must come out to the record's numbers, unless the record says otherwise. */
  private static final double CHECK_TOLERANCE = 1e-3;
  private static final Map<Shipped, OnnxCueTagger> SHARED = new java.util.EnumMap<>(Shipped.class);
  private static Tok tok;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final int maxPieces;
  private final int batch;
  private final Mix mix;
  private final Map<String, String> provenance;

  /** Word pieces of a sentence: ids with [CLS] and [SEP], and for each piece its word (-1: a special piece). */
  public record Pieces(long[] ids, long[] wordIds) { }

  private OnnxCueTagger(String onnxName, byte[] onnx, String recordName, byte[] record, Mix mix)
      throws InputException {
    JsonNode rec;
    try {
      rec = ModelFile.JSON.readTree(record);
    } catch (IOException e) {
      throw new InputException(recordName, "not a cue tagger record (" + e.getMessage() + ")");
    }
    String sha = DataFile.sha256(onnx);
    if (!sha.equals(rec.path("onnxSha256").asText())) {
      throw new InputException(onnxName, "SHA-256 " + sha + " does not match the record's onnxSha256 "
          + rec.path("onnxSha256").asText() + " (a different or damaged model file)");
    }
    this.maxPieces = rec.path("maxPieces").asInt(0);
    if (maxPieces < 8 || maxPieces > 512) {
      throw new InputException(recordName, "maxPieces must be in [8, 512], got " + maxPieces);
    }
    this.mix = mix;
    // a quantized tagger (scripts/cue_tagger/quantize.py) scales its activations over the whole input tensor, so
    // batch-mates would move a sentence's numbers (by up to 0.24 in a probe): it runs one sentence per call
    boolean quantized = rec.has("quantization");
    this.batch = quantized ? 1 : BATCH;
    double tolerance = rec.path("checkTolerance").asDouble(CHECK_TOLERANCE);
    if (!(tolerance > 0 && tolerance <= 0.05)) {
      throw new InputException(recordName, "checkTolerance must be in (0, 0.05], got " + tolerance);
    }
    try {
      this.env = OnnxRuntimes.environment();
      this.session = OnnxRuntimes.session(env, onnx);
    } catch (OrtException | RuntimeException e) {
      throw new InputException(onnxName, "cannot start the cue tagger (" + e.getMessage() + ")");
    }
    check(onnxName, recordName, rec.path("check"), tolerance);
    TreeMap<String, String> p = new TreeMap<>();
    p.put("name", rec.path("name").asText());
    p.put("onnxSha256", sha);
    p.put("recordSha256", DataFile.sha256(record));
    p.put("tokenizerSha256", tokenizer().sha);
    p.put("maxPieces", Integer.toString(maxPieces));
    p.put("mix", mix.toString());
    p.put("runtime", "onnxruntime " + env.getVersion() + ", 1 intra-op thread, " + batch + " sentence(s) per call");
    this.provenance = Collections.unmodifiableMap(p);
  }

  /** A shipped tagger with its shipped mix, loaded on first use and then shared (67 MB accurate, 16 MB full). */
  public static synchronized OnnxCueTagger shared(Shipped which) throws InputException {
    OnnxCueTagger t = SHARED.get(which);
    if (t == null) {
      t = shipped(which, which.mix());
      SHARED.put(which, t);
    }
    return t;
  }

  /** A shipped tagger with another mix, loaded anew (development: trying mixes). */
  public static OnnxCueTagger shipped(Shipped which, Mix mix) throws InputException {
    return new OnnxCueTagger("classpath:" + which.onnxResource(), resource(which.onnxResource()),
        "classpath:" + which.recordResource(), resource(which.recordResource()), mix);
  }

  /**
   * A tagger from a folder that {@code finetune.py} or {@code quantize.py} wrote (development: a model fitted
   * without validation).
   */
  public static OnnxCueTagger load(Path dir, Mix mix) throws InputException {
    Path onnx = dir.resolve(ONNX_FILE);
    Path rec = dir.resolve(RECORD_FILE);
    return new OnnxCueTagger(onnx.toString(), read(onnx), rec.toString(), read(rec), mix);
  }

  /** MiniLM's word pieces of a sentence, as the tagger sees them (before the length cut). */
  public static Pieces pieces(List<String> words) throws InputException {
    Encoding e = tokenizer().tokenizer.encode(words.toArray(String[]::new), true, false);
    return new Pieces(e.getIds(), e.getWordIds());
  }

  @Override
  public double[] probabilities(List<String> words) {
    return probabilitiesAll(List.of(words)).get(0);
  }

  /**
   * The sentences in batches of up to {@value #BATCH} of similar length (sorted by piece count, then by position,
   * so the batches depend only on the sentences given): 1.3 to 1.6 times faster than one call per sentence in a
   * probe on this project's machine (docs/benchmarks.md). Padding is masked, so a sentence's numbers depend on its
   * batch only through float rounding ({@code OnnxCueTaggerIT}: within 2e-6 of single calls).
   */
  @Override
  public List<double[]> probabilitiesAll(List<List<String>> sentences) {
    Pieces[] cut = new Pieces[sentences.size()];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < cut.length; i++) {
      if (!sentences.get(i).isEmpty()) {
        cut[i] = cut(sentences.get(i));
        order.add(i);
      }
    }
    order.sort(Comparator.comparingInt((Integer i) -> cut[i].ids().length).thenComparingInt(i -> i));
    float[][] prob = new float[cut.length][];
    for (int from = 0; from < order.size(); from += batch) {
      List<Integer> rows = order.subList(from, Math.min(order.size(), from + batch));
      float[][] got = run(rows.stream().map(i -> cut[i].ids()).toList());
      for (int r = 0; r < got.length; r++) {
        prob[rows.get(r)] = got[r];
      }
    }
    List<double[]> out = new ArrayList<>(cut.length);
    for (int i = 0; i < cut.length; i++) {
      double[] w = new double[sentences.get(i).size()];
      if (cut[i] != null) {
        Arrays.fill(w, Double.NaN);
        long[] wid = cut[i].wordIds();
        for (int k = wid.length - 1; k >= 0; k--) { // backwards, so a word keeps its first piece
          if (wid[k] >= 0 && wid[k] < w.length) {
            w[(int) wid[k]] = CueTagger.rounded(prob[i][k]);
          }
        }
      }
      out.add(w);
    }
    return out;
  }

  /** A sentence's pieces cut to {@code maxPieces}, keeping the start and the closing [SEP], as in training. */
  private Pieces cut(List<String> words) {
    Pieces p;
    try {
      p = pieces(words);
    } catch (InputException e) {
      throw new IllegalStateException(e.getMessage(), e); // the tokenizer loaded when this tagger did
    }
    if (p.ids().length <= maxPieces) {
      return p;
    }
    long[] ids = Arrays.copyOf(p.ids(), maxPieces);
    ids[maxPieces - 1] = p.ids()[p.ids().length - 1];
    long[] wid = Arrays.copyOf(p.wordIds(), maxPieces);
    wid[maxPieces - 1] = -1;
    return new Pieces(ids, wid);
  }

  /** Runs sentences' piece ids as one batch, padded to the longest with the padding masked out. */
  private float[][] run(List<long[]> rows) {
    int width = rows.stream().mapToInt(x -> x.length).max().orElse(0);
    long[][] ids = new long[rows.size()][width];
    long[][] mask = new long[rows.size()][width];
    for (int r = 0; r < rows.size(); r++) {
      long[] x = rows.get(r);
      System.arraycopy(x, 0, ids[r], 0, x.length);
      Arrays.fill(mask[r], 0, x.length, 1);
    }
    try (OnnxTensor in = OnnxTensor.createTensor(env, ids);
         OnnxTensor am = OnnxTensor.createTensor(env, mask);
         OrtSession.Result r = session.run(Map.of("input_ids", in, "attention_mask", am))) {
      return (float[][]) r.get(0).getValue();
    } catch (OrtException e) {
      throw new IllegalStateException("cue tagger failed on " + rows.size() + " sentence(s) of up to " + width
          + " pieces: " + e.getMessage(), e);
    }
  }

  private void check(String onnxName, String recordName, JsonNode c, double tolerance) throws InputException {
    JsonNode in = c.path("inputIds");
    JsonNode want = c.path("probabilities");
    if (!in.isArray() || in.size() == 0 || in.size() != want.size()) {
      throw new InputException(recordName, "no check sentence (check.inputIds, check.probabilities)");
    }
    long[] ids = new long[in.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = in.get(i).asLong();
    }
    float[] got = run(List.of(ids))[0];
    for (int i = 0; i < ids.length; i++) {
      if (Math.abs(got[i] - want.get(i).asDouble()) > tolerance) {
        throw new InputException(onnxName, String.format(java.util.Locale.ROOT,
            "check sentence: piece %d gives %.6f, the record says %.6f (runtime and model disagree)", i, got[i],
            want.get(i).asDouble()));
      }
    }
  }

  @Override
  public Mix mix() {
    return mix;
  }

  @Override
  public Map<String, String> provenance() {
    return provenance;
  }

  private record Tok(HuggingFaceTokenizer tokenizer, String sha) { }

  /** MiniLM's tokenizer and its file's SHA-256, loaded once per JVM. */
  private static synchronized Tok tokenizer() throws InputException {
    if (tok == null) {
      byte[] json = resource(TOKENIZER_RESOURCE);
      try {
        tok = new Tok(HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(json),
            Map.of("padding", "false", "truncation", "false")), DataFile.sha256(json));
      } catch (IOException | RuntimeException e) {
        throw new InputException("classpath:" + TOKENIZER_RESOURCE, "cannot load the tokenizer (" + e.getMessage()
            + ")");
      }
    }
    return tok;
  }

  private static byte[] resource(String name) throws InputException {
    return OnnxSentenceEncoder.resource(name, "the cue tagger's file");
  }

  private static byte[] read(Path p) throws InputException {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new InputException(p.toString(), "cannot read the cue tagger file (" + e.getMessage() + ")");
    }
  }
}
