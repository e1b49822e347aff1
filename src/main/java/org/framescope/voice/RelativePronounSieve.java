package org.framescope.voice;

import org.framescope.model.Speaker;

/**
 * A relative pronoun ("who", "which", "that") heading the source of a relative clause speaks for the noun the
 * clause modifies: "Abbas Araghchi, who briefed ..., praising ..." or "governments, which consider it a danger".
 * The source span stays the pronoun (as PolNeAR annotates it); the speaker is its antecedent's.
 */
final class RelativePronounSieve implements SpeakerSieve {
  private final SpeakerResolver resolver;

  RelativePronounSieve(SpeakerResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public Speaker resolve(SpeakerContext ctx, int si, int h) {
    DependencyView p = ctx.v.view(si);
    String pos = p.tok(h).pos();
    if (!pos.equals("WP") && !pos.equals("WDT") && !(pos.equals("IN") && p.tok(h).word().equalsIgnoreCase("that"))) {
      return null;
    }
    int clause = p.gov[h];
    // the pronoun is the subject of a relative clause whose verb hangs off the antecedent (acl:relcl)
    for (int hops = 0; clause >= 0 && hops < 3; hops++) {
      if (p.rel[clause].equals("acl:relcl") && p.gov[clause] >= 0) {
        return resolver.resolve(si, p.gov[clause]);
      }
      clause = p.gov[clause];
    }
    return null;
  }
}
