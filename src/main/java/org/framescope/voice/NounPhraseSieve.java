package org.framescope.voice;

import java.util.Set;
import org.framescope.model.Speaker;
import org.framescope.model.SpeakerType;

/**
 * The last sieve: any other source is its noun phrase as written ("Western officials", "the U.S. State
 * Department"), with country and type from the registry mentions inside it; a phrase that is just a country
 * name speaks as the country ("Moscow said" -> Russia). Always answers.
 */
final class NounPhraseSieve implements SpeakerSieve {
  private static final Set<String> NP_LEFT = Set.of("compound", "amod", "nmod:poss", "flat", "nummod");

  @Override
  public Speaker resolve(SpeakerContext ctx, int si, int h) {
    return nounPhrase(ctx, si, h);
  }

  static Speaker nounPhrase(SpeakerContext ctx, int si, int h) {
    DependencyView p = ctx.v.view(si);
    int lo = h;
    for (int k : p.kids.get(h)) {
      if (k < h && NP_LEFT.contains(p.rel[k])) {
        lo = Math.min(lo, p.subtree(k).nextSetBit(0));
      }
    }
    while (lo < h && (p.tok(lo).pos().equals("DT") || p.isPunct(lo))) {
      lo++;
    }
    String text = p.text(lo, h);
    String country = null;
    SpeakerType type = null;
    String canonical = null;
    for (ActorMention m : ctx.v.mentions.get(si)) {
      if (m.tokenEnd() > lo && m.tokenBegin() <= h) {
        if (country == null) {
          country = m.actor().country();
        }
        if (m.tokenEnd() > h) {
          type = m.actor().type();
          if (m.tokenBegin() <= lo + 1 && !m.actor().kind().equals("title")) {
            canonical = m.actor().kind().equals("country") ? m.actor().canonical() : null;
          }
        } else if (type == null) {
          type = m.actor().type();
        }
      }
    }
    return new Speaker(canonical != null ? canonical : text, null, country, type == null ? SpeakerType.OTHER : type);
  }
}
