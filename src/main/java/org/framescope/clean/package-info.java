/**
 * Stage 2, cleaning. In: a {@link org.framescope.model.RawDocument} (HTML or text). Out:
 * {@link org.framescope.model.CleanText}: the article body, every removed block with its reason, the title and
 * quality flags.
 */
package org.framescope.clean;
