/**
 * Reading and writing framescope's documents. {@link org.framescope.io.Json} is the one Jackson mapper
 * (sorted keys, LF, two-space indent: the same result always gives the same bytes);
 * {@link org.framescope.io.ArticleJson} reads the {@code framescope.article/1} contract back;
 * {@link org.framescope.io.AtomicFiles} writes files atomically.
 */
package org.framescope.io;
