package org.framescope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.framescope.model.Voice;
import org.framescope.model.InputException;
import org.framescope.model.NlpDocument;
import org.framescope.model.NlpSentence;
import org.framescope.model.Speaker;
import org.framescope.model.Token;
import org.framescope.model.VoiceSegment;
import org.framescope.nlp.CoreNlpAnnotator;
import org.framescope.nlp.Profile;
import org.framescope.voice.AttributionAnalyzer;
import org.framescope.voice.VoiceResult;

/**
 * Evaluates the voice stage on BASIL (Fan et al. 2019): its phrase annotations say whether a biased span is in
 * a (direct) quotation and who speaks it.
 *
 * <p>Input: the BASIL folder under the shared data ({@code $FRAMESCOPE_SHARED/datasets/basil}, else
 * {@code ../shared/datasets/basil}). Arguments: {@code [--limit N] [--shared DIR] [--lexicons DIR]
 * [--cache DIR] [--errors N]} ({@code --errors -1} lists the spans
 * BASIL does not flag as quotes that we call reported, for checking by hand). Each article's paragraphs are joined with blank lines (sentences of a paragraph
 * with one space), annotated with the full CoreNLP profile (cached as JSON under {@code --cache}, default
 * {@code target/voice-eval-cache}) and analysed. Output (stdout): quote detection, author-vs-not and speaker
 * accuracy with counts. Exit 0 ok, 2 usage or missing data.
 */
public final class VoiceEvaluation {
  private VoiceEvaluation() {}

  /** Counts for a binary decision. */
  static final class Binary {
    int tp;
    int fp;
    int fn;
    int tn;

    void add(boolean gold, boolean pred) {
      if (gold && pred) {
        tp++;
      } else if (!gold && pred) {
        fp++;
      } else if (gold) {
        fn++;
      } else {
        tn++;
      }
    }

    int n() {
      return tp + fp + fn + tn;
    }

    double accuracy() {
      return n() == 0 ? 0 : (tp + tn) / (double) n();
    }

    double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "accuracy %.3f  P %.3f  R %.3f  F1 %.3f  (n=%d tp=%d fp=%d fn=%d tn=%d)",
          accuracy(), precision(), recall(), f1(), n(), tp, fp, fn, tn);
    }
  }

  /** $FRAMESCOPE_SHARED, else ../shared (relative to the working directory). */
  public static Path sharedDir(String override) {
    if (override != null) {
      return Path.of(override);
    }
    return org.framescope.resource.SharedData.dir();
  }

  /** Runs the evaluation over the first {@code limit} articles (sorted by path) and returns the report text. */
  public static String run(Path basil, AttributionAnalyzer analyzer, Path cache, int limit, int showErrors)
      throws IOException, InputException {
    ObjectMapper json = org.framescope.io.Json.mapper();
    List<Path> annFiles;
    try (Stream<Path> s = Files.walk(basil.resolve("annotations"))) {
      annFiles = s.filter(p -> p.toString().endsWith("_ann.json")).sorted().toList();
    }
    Binary quote = new Binary();
    Binary notAuthor = new Binary();
    int speakerN = 0;
    int anyLabelN = 0;
    int anyLabelOk = 0;
    int speakerOk = 0;
    int speakerDetectedN = 0;
    int speakerDetectedOk = 0;
    int unlocated = 0;
    int articles = 0;
    long tokens = 0;
    long analyzeNanos = 0;
    StringBuilder errLog = new StringBuilder();
    int errShown = 0;
    Map<String, Integer> predVoiceOnGoldQuote = new TreeMap<>();
    Map<String, Integer> predVoiceOnGoldOther = new TreeMap<>();
    for (Path annPath : annFiles) {
      if (articles >= limit) {
        break;
      }
      Path artPath = basil.resolve("articles").resolve(annPath.getParent().getFileName())
          .resolve(annPath.getFileName().toString().replace("_ann.json", ".json"));
      if (!Files.exists(artPath)) {
        continue;
      }
      articles++;
      JsonNode art = json.readTree(artPath.toFile());
      JsonNode ann = json.readTree(annPath.toFile());
      StringBuilder body = new StringBuilder();
      List<String> sents = new ArrayList<>();
      List<Integer> starts = new ArrayList<>();
      for (JsonNode para : art.get("body-paragraphs")) {
        if (body.length() > 0) {
          body.append("\n\n");
        }
        boolean first = true;
        for (JsonNode sn : para) {
          if (!first) {
            body.append(' ');
          }
          first = false;
          starts.add(body.length());
          sents.add(sn.asText());
          body.append(sn.asText());
        }
      }
      String text = body.toString();
      NlpDocument doc = annotate(json, cache, art.path("uuid").asText(annPath.getFileName().toString()), text);
      tokens += doc.tokenCount();
      java.util.Set<String> personWords = new java.util.HashSet<>();
      doc.sentences().forEach(s -> s.tokens().stream().filter(t -> t.ner().equals("PERSON"))
          .forEach(t -> personWords.add(t.word().toLowerCase(Locale.ROOT))));
      long t0 = System.nanoTime();
      VoiceResult r = analyzer.analyze(doc);
      analyzeNanos += System.nanoTime() - t0;
      for (JsonNode ph : ann.get("phrase-level-annotations")) {
        String txt = ph.get("txt").asText();
        int st = ph.get("start").asInt();
        int en = ph.get("end").asInt();
        int where = -1;
        for (int k = 0; k < sents.size(); k++) {
          String s = sents.get(k);
          if (en <= s.length() && st >= 0 && s.substring(st, en).equals(txt)) {
            where = k;
            break;
          }
        }
        if (where < 0) {
          unlocated++;
          continue;
        }
        int b = starts.get(where) + st;
        int e = starts.get(where) + en;
        Map<Voice, Integer> votes = new java.util.EnumMap<>(Voice.class);
        Map<Speaker, Integer> speakers = new HashMap<>();
        for (NlpSentence s : doc.sentences()) {
          if (s.end() <= b || s.begin() >= e) {
            continue;
          }
          for (Token t : s.tokens()) {
            if (t.end() <= b || t.begin() >= e || AttributionAnalyzer.isPunctToken(t)) {
              continue;
            }
            VoiceSegment seg = segmentAt(r, t.begin());
            Voice v = seg == null ? Voice.AUTHOR : seg.voice();
            votes.merge(v, 1, Integer::sum);
            if (seg != null && seg.speaker() != null) {
              speakers.merge(seg.speaker(), 1, Integer::sum);
            }
          }
        }
        Voice pred = Voice.AUTHOR;
        int best = votes.getOrDefault(Voice.AUTHOR, 0);
        for (Voice v : List.of(Voice.REPORTED, Voice.QUOTE)) {
          if (votes.getOrDefault(v, 0) > 0 && votes.getOrDefault(v, 0) >= best) {
            pred = v;
            best = votes.get(v);
          }
        }
        boolean goldQuote = "yes".equals(ph.path("quote").asText());
        quote.add(goldQuote, pred == Voice.QUOTE);
        notAuthor.add(goldQuote, pred != Voice.AUTHOR);
        if (goldQuote) {
          predVoiceOnGoldQuote.merge(pred.json(), 1, Integer::sum);
        } else {
          predVoiceOnGoldOther.merge(pred.json(), 1, Integer::sum);
        }
        String goldSpeaker = ph.path("speaker").asText("");
        String last = namedSpeakerLastName(goldSpeaker, text);
        boolean person = last != null && personWords.contains(last.toLowerCase(Locale.ROOT));
        if (goldQuote && last != null) {
          Speaker ps = null;
          int m = 0;
          for (Map.Entry<Speaker, Integer> en2 : speakers.entrySet()) {
            if (en2.getValue() > m) {
              m = en2.getValue();
              ps = en2.getKey();
            }
          }
          boolean ok = ps != null && containsWord(ps.name(), last);
          anyLabelN++;
          anyLabelOk += ok ? 1 : 0;
          if (person) {
            speakerN++;
            speakerOk += ok ? 1 : 0;
            if (pred != Voice.AUTHOR) {
              speakerDetectedN++;
              speakerDetectedOk += ok ? 1 : 0;
            }
          }
          if (!ok && person && errShown < showErrors) {
            errShown++;
            errLog.append("SPEAKER gold=").append(goldSpeaker).append(" pred=").append(ps == null ? "-" : ps.name())
                .append(" voice=").append(pred).append(" | ").append(sents.get(where)).append('\n');
          }
        } else if (!goldQuote && pred == Voice.REPORTED && showErrors < 0) {
          errLog.append("REPORTED span=").append(txt).append(" | ").append(sents.get(where)).append('\n');
        } else if (goldQuote != (pred == Voice.QUOTE) && errShown < showErrors) {
          errShown++;
          errLog.append("QUOTE gold=").append(goldQuote).append(" pred=").append(pred).append(" span=")
              .append(txt).append(" | ").append(sents.get(where)).append('\n');
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("BASIL voice evaluation: ").append(articles).append(" articles, ").append(quote.n())
        .append(" annotated spans located (").append(unlocated).append(" not located)\n");
    out.append("(a) direct quote (voice=quote) vs BASIL quote flag: ").append(quote).append('\n');
    out.append("(a') not author (voice=quote|reported) vs BASIL quote flag: ").append(notAuthor).append('\n');
    out.append("    predicted voice on gold-quoted spans: ").append(predVoiceOnGoldQuote).append('\n');
    out.append("    predicted voice on spans BASIL does not flag as quotes: ").append(predVoiceOnGoldOther).append('\n');
    out.append(String.format(Locale.ROOT, "(b) speaker accuracy on quoted spans whose speaker is a person named in "
        + "the article: %.3f (%d/%d); on those we also detected as not author: %.3f (%d/%d)%n",
        speakerN == 0 ? 0 : speakerOk / (double) speakerN, speakerOk, speakerN,
        speakerDetectedN == 0 ? 0 : speakerDetectedOk / (double) speakerDetectedN, speakerDetectedOk, speakerDetectedN));
    out.append(String.format(Locale.ROOT, "(b') same, every capitalised speaker label found in the text, including "
        + "groups such as Democratic_Lawmakers or Tea_Party: %.3f (%d/%d)%n",
        anyLabelN == 0 ? 0 : anyLabelOk / (double) anyLabelN, anyLabelOk, anyLabelN));
    out.append(String.format(Locale.ROOT, "(c) author-vs-not accuracy (quote flag as gold): %.3f%n",
        notAuthor.accuracy()));
    out.append(String.format(Locale.ROOT, "analyzer time: %.1f ms for %d tokens (%.0f tokens/s)%n",
        analyzeNanos / 1e6, tokens, tokens / Math.max(1e-9, analyzeNanos / 1e9)));
    if (errLog.length() > 0) {
      out.append("--- errors ---\n").append(errLog);
    }
    return out.toString();
  }

  static VoiceSegment segmentAt(VoiceResult r, int offset) {
    List<VoiceSegment> segs = r.segments();
    int lo = 0;
    int hi = segs.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      VoiceSegment s = segs.get(mid);
      if (s.end() <= offset) {
        lo = mid + 1;
      } else if (s.begin() > offset) {
        hi = mid - 1;
      } else {
        return s;
      }
    }
    return null;
  }

  /**
   * The last name of a BASIL speaker label when it names a person or body that appears in the article
   * ("Michael_Steele" with "Steele" in the text); null for "other_anti" / "other_pro" / "other_neutral",
   * lower-case group labels ("protestors") and names absent from the text.
   */
  static String namedSpeakerLastName(String label, String text) {
    if (label == null || label.isBlank() || label.startsWith("other_")) {
      return null;
    }
    String[] parts = label.split("_");
    for (String p : parts) {
      if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) {
        return null;
      }
    }
    String last = parts[parts.length - 1];
    return containsWord(text, last) ? last : null;
  }

  static boolean containsWord(String text, String word) {
    return java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(word) + "(?![\\p{L}])",
        java.util.regex.Pattern.CASE_INSENSITIVE).matcher(text).find();
  }

  private static NlpDocument annotate(ObjectMapper json, Path cache, String id, String text) throws IOException {
    Path f = cache.resolve(id.replaceAll("[^A-Za-z0-9_.-]", "_") + ".json");
    if (Files.exists(f)) {
      NlpDocument d = json.readValue(f.toFile(), NlpDocument.class);
      if (d.body().equals(text)) {
        return d;
      }
    }
    NlpDocument d = CoreNlpAnnotator.forProfile(Profile.FULL).annotate(text);
    json.writeValue(f.toFile(), d);
    return d;
  }
}
