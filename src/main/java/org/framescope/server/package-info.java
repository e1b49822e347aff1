/**
 * {@code framescope serve}: a local web page for readers (paste, upload or fetch one to three articles; see the
 * article page or the side-by-side comparison) and its JSON API. In: a {@link org.framescope.server.ServerConfig}
 * and an {@link org.framescope.server.Analyzer} (the pipeline, loaded once). Out: a running
 * {@link org.framescope.server.FramescopeServer}. Pages are the report package's, with the stylesheet linked.
 */
package org.framescope.server;
