package org.framescope.voice;

import org.framescope.model.Speaker;
import org.framescope.model.VerbClass;

/**
 * A speaker already attributed in the article, for pronoun, title and quote-paragraph resolution.
 *
 * @param speaker the speaker
 * @param person whether the speaker is a person (pronoun "he"/"she" may refer to it)
 * @param sentence sentence of the attribution
 * @param token source head token (0 when unknown)
 * @param verb the cue as written
 * @param verbClass the cue's class
 */
record SpeakerRef(Speaker speaker, boolean person, int sentence, int token, String verb, VerbClass verbClass) { }
