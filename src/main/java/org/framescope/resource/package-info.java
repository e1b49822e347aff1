/**
 * Data files and where they live. In: a path. Out: {@link org.framescope.resource.DataFile} (the common
 * {@code #! key: value} + tab-separated format of everything under {@code lexicons/}, with line numbers and
 * SHA-256), {@link org.framescope.resource.Hashing} (SHA-256 for provenance) and
 * {@link org.framescope.resource.SharedData} (the research data folder, {@code $FRAMESCOPE_SHARED} or
 * {@code ../shared}).
 */
package org.framescope.resource;
