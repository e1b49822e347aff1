package org.framescope.voice;

import org.framescope.model.NlpDocument;

/**
 * The voice stage: whose words are these? Input: an annotated document with dependencies (profile full).
 * Output: per sentence its dominant voice (author, quote or reported) and speaker, finer voice segments,
 * attributions (quotes and reported speech with speaker and reporting verb) and spans (reporting verbs,
 * scare quotes). Implementations make no further NLP calls and are safe to call from several threads.
 */
public interface VoiceAnalyzer {
  VoiceResult analyze(NlpDocument doc);
}
