/**
 * The domain model: immutable records that validate themselves ({@code RawDocument}, {@code CleanText},
 * {@code NlpDocument}, {@code SentenceResult}, {@code Span}, {@code Attribution}, {@code ArticleResult},
 * {@code Provenance} ...), the closed vocabularies as enums with their JSON names ({@link
 * org.framescope.model.Voice}, {@link org.framescope.model.VerbClass}, {@link org.framescope.model.SpeakerType},
 * {@link org.framescope.model.SpanCategory}), {@link org.framescope.model.Voices} lookups and
 * {@link org.framescope.model.Versions}. Input: nothing; every other package builds on it. It depends on no
 * stage (ArchUnit rule).
 */
package org.framescope.model;
