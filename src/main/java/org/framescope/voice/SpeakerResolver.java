package org.framescope.voice;

import java.util.List;
import org.framescope.model.Speaker;

/**
 * Who a source is, by an ordered list of small sieves, each for one property of the source (CoreNLP's
 * QuoteAttributionAnnotator is the model): pronoun ({@link PronounSieve}), relative pronoun
 * ({@link RelativePronounSieve}), named person
 * ({@link NamedPersonSieve}), a document that speaks ({@link DocumentSieve}), a role or description
 * ({@link DescriptionSieve}), a known surname ({@link SurnameSieve}), and finally the noun phrase with
 * country and type from the actor registry ({@link NounPhraseSieve}). A person's country comes from the
 * registry or the actors in their title, and only for an institutional role that names no country from the
 * context around it ({@link PersonTracker#contextCountry}).
 *
 * <p>Input: sentences in order ({@link #beginSentence}), then source heads to resolve ({@link #resolve}) and
 * the speakers attributed ({@link #record}). Output: a {@link Speaker}, or null (a first-person pronoun, or a
 * pronoun with nothing to refer to). One per analysis.
 */
final class SpeakerResolver {
  final SpeakerContext ctx;
  private final List<SpeakerSieve> sieves;

  SpeakerResolver(DocView v, ActorRegistry actors, VoiceWords words) {
    this.ctx = new SpeakerContext(v, actors, words);
    this.sieves = List.of(new PronounSieve(), new RelativePronounSieve(this), new NamedPersonSieve(),
        new DocumentSieve(this), new DescriptionSieve(this), new SurnameSieve(), new NounPhraseSieve());
  }

  /** Reads the persons and organisation mentions of the next sentence. */
  void beginSentence(int si) {
    ctx.persons.collect(si);
    for (ActorMention m : ctx.v.mentions.get(si)) {
      if (m.actor().body()) {
        ctx.orgMentions.add(m);
      }
    }
  }

  /** The speaker whose source head is token {@code h} of sentence {@code si}. */
  Speaker resolve(int si, int h) {
    DependencyView p = ctx.v.view(si);
    var t = p.tok(h);
    boolean pronoun = t.pos().equals("PRP") || t.pos().equals("PRP$");
    for (SpeakerSieve s : sieves) {
      Speaker sp = s.resolve(ctx, si, h);
      if (sp != null || pronoun) {
        return sp; // a pronoun the pronoun sieve cannot resolve stays unresolved ("we", "I")
      }
    }
    return null;
  }

  /** Notes an attributed speaker (for later pronouns, titles and quote paragraphs). */
  void record(SpeakerRef ref) {
    ctx.speakers.add(ref);
  }

  /** Whether the source head names a person (for "he"/"she" resolution later). */
  boolean isPerson(int si, int h, Speaker speaker) {
    var t = ctx.v.view(si).tok(h);
    return t.ner().equals("PERSON") || t.pos().equals("PRP") || speaker.role() != null && isPersonName(speaker.name());
  }

  /** Two to four capitalised words. */
  static boolean isPersonName(String name) {
    String[] parts = name.trim().split("\\s+");
    if (parts.length < 2 || parts.length > 4) {
      return false;
    }
    for (String w : parts) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The latest speaker attributed at or before sentence {@code si}, if within four sentences and at most one
   * paragraph back; else null.
   */
  SpeakerRef previousAttribution(int si) {
    SpeakerRef best = null;
    for (SpeakerRef r : ctx.speakers) {
      if (r.sentence() <= si && (best == null || r.sentence() >= best.sentence())) {
        best = r;
      }
    }
    if (best != null && si - best.sentence() <= 4 && ctx.v.paragraph[si] - ctx.v.paragraph[best.sentence()] <= 1) {
      return best;
    }
    return null;
  }
}
