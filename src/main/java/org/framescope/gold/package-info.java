/**
 * Gold annotations (standoff, under {@code gold-annotations/}): their format, validator and the alignment of
 * several annotators' files into items for agreement. In: gold files and texts. Out: validated
 * {@link org.framescope.gold.GoldFile}s, problems with file and line, per-layer agreement.
 */
package org.framescope.gold;
