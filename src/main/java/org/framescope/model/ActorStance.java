package org.framescope.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Stance toward one canonical actor: the author's own voice (top-level fields) and quoted voices.
 *
 * @param author stance in the outlet's own voice (may be null when the actor is only mentioned in quotes)
 * @param quoted stance in quoted/reported voices (may be null)
 */
public record ActorStance(@JsonUnwrapped StanceScore author, StanceScore quoted) { }
