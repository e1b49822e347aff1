package org.framescope.model;

/**
 * Corpus metadata attached to a document by a manifest or the outlet registry.
 *
 * @param outletGroup group label such as "state-controlled" or "government", or null
 * @param event event identifier, or null
 * @param country outlet's country, or null
 * @param ownership outlet's ownership type (see {@code OutletRegistry}), or null
 */
public record DocMeta(String outletGroup, String event, String country, String ownership) {
  public static final DocMeta EMPTY = new DocMeta(null, null, null, null);
}
