/**
 * Stage 4, voice. In: an annotated document. Out: {@link org.framescope.voice.VoiceResult}: per sentence its
 * voice and speaker, voice segments, attributions (speaker, reporting verb and its class) and voice spans
 * (reporting verbs, scare quotes); the actor registry ({@code lexicons/actors.tsv}) resolves speakers and their
 * countries.
 */
package org.framescope.voice;
