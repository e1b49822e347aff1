package org.framescope.eval;

import org.framescope.lexicon.FramingLexicons;
import org.framescope.lexicon.Lexicon;
import org.framescope.lexicon.LexiconEntry;
import org.framescope.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.framescope.model.NlpSentence;

/**
 * Measures matcher throughput on the real lexicons.
 *
 * <p>{@code framescope bench --matcher [--matcher-tokens N]} runs it. Builds sentences of 8-40
 * tokens (seed 7) where about one token in eight starts a lexicon entry and the rest are common news
 * words, tokenizes them with {@link Tokenizer} (not timed), runs 3 warm-up passes and 5 timed
 * passes of {@link FramingLexicons#match} on one thread, and returns the median and best
 * wall-clock tokens/s and the median tokens per CPU second of the matching thread (robust when other
 * processes share the machine).
 */
public final class MatcherBenchmark {
  private static final String[] COMMON = ("the of and to in a is that for on was with he it as at by from his "
      + "an be have has had are were said not this but they their which or its who been would will more one "
      + "after year also new than two first last people state officials told percent could over into about "
      + "president minister government city country week police report since while where when during "
      + "between against under including several north south east west talks deal meeting statement "
      + "spokesman monday tuesday wednesday thursday friday region forces border leaders plan agency data "
      + "company market prices workers hospital school children families water power village road bridge "
      + "town capital island coast river attack killed wounded fire rescue members group party vote court "
      + "case law judge office house council committee budget program system service public local national "
      + "international foreign military army troops security health virus vaccine doctors patients study "
      + "research university analysts investors shares bank rate growth trade exports oil gas energy").split(" ");

  private MatcherBenchmark() { }

  /** What one benchmark run measured. */
  public record Result(int entries, int sentences, int tokens, long spansPerPass, double tokensPerSecondMedian,
                       double tokensPerSecondBest, double tokensPerCpuSecondMedian) { }

  /** Runs the benchmark on {@code target} generated tokens (see the class comment). */
  public static Result run(FramingLexicons lex, int target) {
    if (target <= 0) {
      throw new IllegalArgumentException("target tokens must be > 0, got " + target);
    }
    List<String> entries = new ArrayList<>();
    for (Lexicon l : lex.lexicons()) {
      for (LexiconEntry e : l.entries()) {
        entries.add(e.prefix() ? e.text().substring(0, e.text().length() - 1) + "ing" : e.text());
      }
    }
    Random rnd = new Random(7);
    List<NlpSentence> sentences = new ArrayList<>();
    int tokens = 0;
    StringBuilder sb = new StringBuilder();
    while (tokens < target) {
      sb.setLength(0);
      int n = 8 + rnd.nextInt(33);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(rnd.nextInt(12) == 0 ? ", " : " ");
        }
        if (rnd.nextInt(8) == 0) {
          sb.append(entries.get(rnd.nextInt(entries.size())));
        } else {
          String w = COMMON[rnd.nextInt(COMMON.length)];
          sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
      }
      sb.append('.');
      String text = sb.toString();
      NlpSentence s = Tokenizer.sentence(sentences.size(), text, 0, text.length());
      tokens += s.tokens().size();
      sentences.add(s);
    }
    long spans = 0;
    for (int pass = 0; pass < 3; pass++) {
      spans = run(lex, sentences);
    }
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpuTime = mx.isCurrentThreadCpuTimeSupported();
    double[] rates = new double[5];
    double[] cpuRates = new double[5];
    for (int pass = 0; pass < rates.length; pass++) {
      long c0 = cpuTime ? mx.getCurrentThreadCpuTime() : 0;
      long t0 = System.nanoTime();
      spans = run(lex, sentences);
      long dt = System.nanoTime() - t0;
      long dc = cpuTime ? mx.getCurrentThreadCpuTime() - c0 : 0;
      rates[pass] = tokens / (dt / 1e9);
      cpuRates[pass] = dc > 0 ? tokens / (dc / 1e9) : 0;
    }
    Arrays.sort(rates);
    Arrays.sort(cpuRates);
    int entryCount = lex.lexicons().stream().mapToInt(l -> l.entries().size()).sum();
    return new Result(entryCount, sentences.size(), tokens, spans, rates[2], rates[4], cpuRates[2]);
  }

  private static long run(FramingLexicons lex, List<NlpSentence> sentences) {
    long n = 0;
    for (NlpSentence s : sentences) {
      n += lex.match(s).size();
    }
    return n;
  }
}
