package org.framescope.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framescope.io.ArticleJson;
import org.framescope.io.Json;
import org.framescope.model.ActorStance;
import org.framescope.model.ArticleResult;
import org.framescope.model.Attribution;
import org.framescope.model.RemovedBlock;
import org.framescope.model.SentenceResult;
import org.framescope.model.Span;
import org.framescope.model.Speaker;
import org.framescope.model.VoiceSegment;
import org.framescope.model.Voices;
import org.framescope.resource.Hashing;

/**
 * An article as table rows. In: one {@link ArticleResult} and the configuration fingerprint it was analysed
 * under. Out: for each result table of {@link StoreSchema}, the rows (values in column order, nulls where the
 * JSON has null). The corpus store and the Spark job both write these rows, so their columns agree by
 * construction. Pure: no database, no I/O.
 */
public final class ArticleRows {
  private ArticleRows() { }

  /**
   * The key of an article under a configuration: SHA-256 (hex) of {@code fingerprint + "\n" + inputSha256 + "\n"
   * + id}, where id is the one the input gave ({@code originalId}: a run renames an article whose id an earlier
   * one took). The input's SHA-256 says which bytes were analysed, the id which article of them (a corpus file's
   * records each have their own hash and id), the fingerprint under which configuration.
   */
  public static String key(String fingerprint, String inputSha256, String id) {
    return Hashing.sha256(fingerprint + "\n" + inputSha256 + "\n" + id);
  }

  /** Rows per table name, in {@link StoreSchema#RESULT_TABLES} order. */
  public static Map<String, List<Object[]>> rows(ArticleResult a, String fingerprint) {
    String sha = a.provenance().inputSha256();
    String k = key(fingerprint, sha, a.originalId());
    Map<String, List<Object[]>> out = new LinkedHashMap<>();
    for (StoreSchema.Table t : StoreSchema.RESULT_TABLES) {
      out.put(t.name(), new ArrayList<>());
    }
    out.get("articles").add(new Object[] {k, fingerprint, sha, a.id(), a.schema(), a.source(), a.title(), a.outlet(),
        a.published(), a.url(), a.outletGroup(), a.event(), a.outletCountry(), a.ownership(), a.body(),
        a.sentences().size(), a.attributions().size(), json(a.flags()), json(a.provenance()), document(a)});
    for (int i = 0; i < a.removed().size(); i++) {
      RemovedBlock r = a.removed().get(i);
      out.get("removed").add(new Object[] {k, i, r.reason(), r.text()});
    }
    for (SentenceResult s : a.sentences()) {
      Speaker sp = s.speaker();
      out.get("sentences").add(new Object[] {k, s.index(), s.begin(), s.end(), s.text(), s.voice().json(),
          name(sp), role(sp), country(sp), type(sp), s.bias() == null ? null : s.bias().probability(),
          s.bias() == null ? null : s.bias().model(), s.bias() == null ? null : json(s.bias().explanation())});
      for (int j = 0; j < s.segments().size(); j++) {
        VoiceSegment v = s.segments().get(j);
        Speaker vs = v.speaker();
        out.get("segments").add(new Object[] {k, s.index(), j, v.begin(), v.end(), v.voice().json(), name(vs),
            role(vs), country(vs), type(vs)});
      }
      for (int j = 0; j < s.spans().size(); j++) {
        Span x = s.spans().get(j);
        out.get("spans").add(new Object[] {k, s.index(), j, x.begin(), x.end(), x.text(), x.category(), x.source(),
            x.explanation(), x.valence(), x.intensity(), x.negated(), x.group(),
            Voices.at(s.segments(), x.begin()).json()});
      }
    }
    for (int i = 0; i < a.attributions().size(); i++) {
      Attribution at = a.attributions().get(i);
      Speaker sp = at.speaker();
      out.get("attributions").add(new Object[] {k, i, at.sentence(), name(sp), role(sp), country(sp), type(sp),
          at.verb(), at.verbClass().json(), at.kind().json(), at.begin(), at.end(), at.text()});
    }
    for (Map.Entry<String, ActorStance> e : a.stance().entrySet()) {
      ActorStance st = e.getValue();
      out.get("stance").add(new Object[] {k, e.getKey(), "author", st.score(), st.label(), st.mentions(),
          json(st.evidence())});
      if (st.quoted() != null) {
        out.get("stance").add(new Object[] {k, e.getKey(), "quoted", st.quoted().score(), st.quoted().label(),
            st.quoted().mentions(), json(st.quoted().evidence())});
      }
    }
    a.metrics().forEach((m, v) -> out.get("metrics").add(new Object[] {k, m, v}));
    a.frames().forEach((f, v) -> out.get("frames").add(new Object[] {k, f, v}));
    return out;
  }

  /** The article document exactly as {@code analyze --out DIR} writes it (pretty, trailing newline). */
  public static String document(ArticleResult a) {
    try {
      return ArticleJson.toJson(a);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compact JSON text of a list, map or record (the {@code *_json} columns). */
  static String json(Object o) {
    try {
      return Json.compact().writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Speaker s) {
    return s == null ? null : s.name();
  }

  private static String role(Speaker s) {
    return s == null ? null : s.role();
  }

  private static String country(Speaker s) {
    return s == null ? null : s.country();
  }

  private static String type(Speaker s) {
    return s == null ? null : s.type().json();
  }
}
