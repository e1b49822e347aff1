/**
 * Stage 1, ingestion. In: paths (files, directories, manifests) and overrides. Out:
 * {@link org.framescope.model.RawDocument}s with outlet, date, group and event from the command line, the
 * manifest, the page's own metadata and the outlet registry; input problems as
 * {@link org.framescope.model.InputException}s naming the input.
 */
package org.framescope.ingest;
