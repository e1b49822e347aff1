package org.framescope.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.framescope.model.Speaker;
import org.framescope.model.SpeakerType;

/**
 * A speaker named by description: a definite noun phrase whose head is a role ("the minister", "the
 * director", "the spokeswoman", "the Russian envoy") resolves to the most recent person earlier in the article
 * who holds that role (from their title or honorific) and whose country agrees with a country the description
 * names. A registry title held by nobody falls back to the speaker just quoted (within two sentences) when that
 * is a person of matching gender, country and speaker type whose role names no other title ("the spokesman" after
 * "Peskov said"; not "the mayor" after a resident, nor "the minister" after a spokesman), but not inside a
 * quotation or a transcript turn, where the latest speaker is the one talking about the title holder, nor when the
 * description names its affiliation ("the director of the agency") or a body the speaker's name and role do not
 * ("the KirchenZeitung journalist"); "the ministry" resolves to the latest
 * organisation mention containing the word, never to a person whose title names a ministry (the body speaks, not
 * its spokeswoman); when no such mention precedes it, to the body the latest such person's role names. "The
 * company" (a body noun of voice-words.tsv, nothing else) resolves to the named body just quoted, when it is no
 * state's body ("Apple said ... The company also said"), else to the organisation just named ("... investigating
 * WeWork. The company confirmed ..."). Anything else is left to the next sieve.
 */
final class DescriptionSieve implements SpeakerSieve {
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");
  private final SpeakerResolver resolver;

  DescriptionSieve(SpeakerResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public Speaker resolve(SpeakerContext ctx, int si, int h) {
    DependencyView p = ctx.v.view(si);
    var t = p.tok(h);
    if (!t.pos().equals("NN") || hasPersonCompound(p, h)) {
      return null;
    }
    int det = p.child(h, "det");
    if (det < 0 || !DEFINITE.contains(p.tok(det).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    String title = t.lemma().toLowerCase(Locale.ROOT);
    Actor registered = ctx.actors.lookup(title).orElse(null);
    if (registered != null && registered.kind().equals("country")) {
      return null;
    }
    String country = describedCountry(ctx, si, h);
    char gender = ctx.words.genderOf(title, '?');
    var persons = ctx.persons.persons();
    boolean organisation = registered != null && registered.kind().equals("organisation");
    for (int k = persons.size() - 1; k >= 0 && !organisation; k--) {
      PersonRef r = persons.get(k);
      if (r.sentence() > si || r.sentence() == si && r.token() >= h) {
        continue;
      }
      if (r.holds(title) && agrees(country, r.country())) {
        return r.toSpeaker();
      }
    }
    if (registered == null) {
      return ctx.words.is("body-noun", title) ? body(ctx, si, h) : null;
    }
    if (organisation) { // "the ministry" is the body, not its spokeswoman whose title names it
      ActorMention body = null;
      for (int k = ctx.orgMentions.size() - 1; k >= 0 && body == null; k--) {
        ActorMention m = ctx.orgMentions.get(k);
        if ((m.sentence() < si || m.tokenEnd() <= h) && m.text().toLowerCase(Locale.ROOT).contains(title)) {
          body = m;
        }
      }
      if (body != null) {
        return SpeakerContext.fromMention(body);
      }
      // else the body in a person's role: "Russia's Foreign Ministry spokeswoman Maria Zakharova said ... The
      // ministry later said" is Russia's Foreign Ministry. A body named on its own comes first, even when a role
      // names another one later ("the Defence Ministry said ... Foreign Ministry spokeswoman X said ... the
      // ministry said" about air defence is the Defence Ministry as often as not)
      for (int k = persons.size() - 1; k >= 0; k--) {
        PersonRef r = persons.get(k);
        String named = r.sentence() > si || r.sentence() == si && r.token() >= h ? null : bodyInRole(r.role(), title);
        if (named != null) {
          SpeakerType type = registered.type() == SpeakerType.OTHER ? r.type() : registered.type();
          return new Speaker(named, null, r.country(), type);
        }
      }
      return null;
    }
    if (ctx.v.spoken(si, h)) {
      return null; // "HOST: The governor said ...": in speech the latest speaker is the one talking about the governor
    }
    if (PersonTracker.affiliation(p, h) >= 0) {
      return null; // "the director of the agency" says whose director: a new person, not the latest speaker
    }
    // only the speaker just quoted, only one of the title's kind, and not one whose role names another title
    // (holding this one was checked above): "Peskov said ... The spokesman added" is Peskov, "Mr. Weiner (role
    // "Democrat") said ... The congressman also expressed" is Weiner; "Maria Lopez, a resident, said ... the mayor
    // replied" is not Maria Lopez (public, not government), nor is "Kremlin spokesman Dmitry Peskov told ... The
    // minister said" Peskov
    SpeakerRef r = latestBefore(ctx, si, h);
    if (r == null || !r.person() || si - r.sentence() > 2 || ctx.v.paragraph[si] - ctx.v.paragraph[r.sentence()] > 1
        || !agrees(country, r.speaker().country()) || !sameKind(registered.type(), r.speaker().type())
        || namesAnotherTitle(ctx, r.speaker().role(), title) || !namesItsBody(p, h, r.speaker())) {
      return null;
    }
    char g = ctx.persons.genderOfName(r.speaker().name());
    return gender == '?' || g == '?' || g == gender ? r.speaker() : null;
  }

  /**
   * "The company" with nothing else, not inside a quotation or a transcript turn: the named body just quoted
   * ({@link #bodyJustQuoted}), else the organisation just named ({@link #bodyJustNamed}).
   */
  private Speaker body(SpeakerContext ctx, int si, int h) {
    DependencyView p = ctx.v.view(si);
    for (int k : p.kids.get(h)) {
      if (!p.rel[k].equals("det")) {
        return null; // "the German company", "the company that owns it": maybe another one
      }
    }
    if (ctx.v.spoken(si, h)) {
      return null;
    }
    Speaker quoted = bodyJustQuoted(ctx, si, h);
    return quoted != null ? quoted : bodyJustNamed(ctx, si, h);
  }

  /**
   * The organisation NER names last before token {@code h}, in its sentence, else in the sentence before (same or
   * previous paragraph), outside quotations, a subject first in each sentence, no state's body: "... investigating
   * WeWork amid layoffs. The company confirmed ..." is WeWork; "Amazon is now letting you ..., and Spotify investors
   * are already nervous. The company published ..." is Amazon. Null when there is none.
   */
  private Speaker bodyJustNamed(SpeakerContext ctx, int si, int h) {
    for (int sj = si; sj >= 0 && sj >= si - 1; sj--) {
      if (sj < si && ctx.v.paragraph[sj] < ctx.v.paragraph[si] - 1) {
        break;
      }
      DependencyView q = ctx.v.view(sj);
      int end = sj == si ? h : q.n;
      List<Integer> heads = new ArrayList<>();
      for (int t = 0; t < end; t++) {
        if (q.tok(t).ner().equals("ORGANIZATION") && (t == 0 || !q.tok(t - 1).ner().equals("ORGANIZATION"))
            && !ctx.v.inQuote(sj, t)) {
          int b = t;
          while (b < end && q.tok(b).ner().equals("ORGANIZATION")) {
            b++;
          }
          heads.add(q.head(t, b));
        }
      }
      List<Integer> order = new ArrayList<>();
      for (int k = heads.size() - 1; k >= 0; k--) {
        if (q.rel[heads.get(k)].startsWith("nsubj")) {
          order.add(heads.get(k));
        }
      }
      for (int k = heads.size() - 1; k >= 0; k--) {
        if (!order.contains(heads.get(k))) {
          order.add(heads.get(k));
        }
      }
      for (int org : order) {
        Speaker s = resolver.resolve(sj, org);
        if (s != null && namedBody(s)) {
          return s;
        }
      }
    }
    return null;
  }

  /** A speaker "the company" can be: named with a capital letter, and no state's body. */
  private static boolean namedBody(Speaker s) {
    return !s.name().isEmpty() && Character.isUpperCase(s.name().codePointAt(0)) && !s.type().stateBody();
  }

  /**
   * The latest speaker that is not a person, within three sentences before token {@code h} (quotations not
   * counted), when that speaker is named and is not a state's body ("WeWorkers Coalition said ... The group
   * added"); else null.
   */
  private static Speaker bodyJustQuoted(SpeakerContext ctx, int si, int h) {
    for (int k = ctx.speakers.size() - 1; k >= 0; k--) {
      SpeakerRef r = ctx.speakers.get(k);
      if (r.sentence() > si || r.sentence() == si && r.token() >= h) {
        continue;
      }
      if (PronounSieve.narrativeBetween(ctx, r.sentence(), si) > 2) {
        return null;
      }
      if (!r.person()) {
        return namedBody(r.speaker()) ? r.speaker() : null;
      }
    }
    return null;
  }

  /** Whether a role has a registry title other than {@code title} ("Kremlin spokesman" for "minister"). */
  private static boolean namesAnotherTitle(SpeakerContext ctx, String role, String title) {
    if (role == null) {
      return false;
    }
    for (String w : role.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
      Actor a = ctx.actors.lookup(w).orElse(null);
      if (a != null && a.kind().equals("title") && !w.equals(title)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The body a role names, up to the word that is the body's noun ("Russia's Foreign Ministry" of "Russia's Foreign
   * Ministry spokeswoman"; a leading "the" dropped), or null when the role has no such word.
   */
  static String bodyInRole(String role, String noun) {
    if (role == null) {
      return null;
    }
    String[] w = role.split("\\s+");
    for (int i = 0; i < w.length; i++) {
      if (PersonTracker.withoutPossessive(w[i].toLowerCase(Locale.ROOT)).equals(noun)) {
        int from = w[0].equalsIgnoreCase("the") ? 1 : 0;
        return from > i ? null : String.join(" ", java.util.Arrays.copyOfRange(w, from, i + 1));
      }
    }
    return null;
  }

  private static boolean sameKind(SpeakerType title, SpeakerType person) {
    return title == SpeakerType.OTHER || person == SpeakerType.OTHER || title == person;
  }

  private static SpeakerRef latestBefore(SpeakerContext ctx, int si, int h) {
    for (int k = ctx.speakers.size() - 1; k >= 0; k--) {
      SpeakerRef r = ctx.speakers.get(k);
      if (r.sentence() < si || r.sentence() == si && r.token() < h) {
        return r;
      }
    }
    return null;
  }

  private static boolean agrees(String wanted, String actual) {
    return wanted == null || actual == null || wanted.equals(actual);
  }

  /** A country named inside the description ("the Russian minister", "Iran's foreign minister"), or null. */
  private static String describedCountry(SpeakerContext ctx, int si, int h) {
    DependencyView p = ctx.v.view(si);
    int lo = p.subtree(h).nextSetBit(0);
    for (ActorMention m : ctx.v.mentions.get(si)) {
      // "the Ukrainian minister" is one merged mention (country + title) ending at the head
      if (m.tokenBegin() >= lo && m.tokenBegin() < h && m.tokenEnd() <= h + 1 && m.actor().country() != null) {
        return m.actor().country();
      }
    }
    return null;
  }

  /**
   * Whether every proper noun compounded before description {@code h} that is no place ("the KirchenZeitung
   * journalist", "the Kremlin spokesman") is in the speaker's name or role: "As the KirchenZeitung journalist adds"
   * after a pastoral assistant of a church was quoted is another person, the newspaper's.
   */
  private static boolean namesItsBody(DependencyView p, int h, Speaker s) {
    String known = ((s.role() == null ? "" : s.role()) + " " + s.name()).toLowerCase(Locale.ROOT);
    for (int k : p.kids.get(h)) {
      if (k < h && p.rel[k].equals("compound") && p.tok(k).pos().startsWith("NNP")
          && !ContentRules.PLACE_NER.contains(p.tok(k).ner()) && !p.tok(k).ner().equals("NATIONALITY")
          && !known.contains(p.tok(k).word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasPersonCompound(DependencyView p, int h) {
    for (int k : p.kids.get(h)) {
      if (p.rel[k].equals("compound") && p.tok(k).ner().equals("PERSON")) {
        return true;
      }
    }
    return false;
  }
}
