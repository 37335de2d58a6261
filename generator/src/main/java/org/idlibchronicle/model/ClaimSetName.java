package org.idlibchronicle.model;

import org.idlibchronicle.diag.SourcePosition;

/**
 * What readers call a set of figures: claims sharing a {@code topic} id on one event are one set,
 * and the id is a machine's name; this is the heading a person wrote for it, with an optional note
 * on the units its claimants use. Written under a topic's {@code claim_sets}; {@code chart} puts the
 * set on the chart of its topic, when {@code site.yaml} charts that topic.
 */
public record ClaimSetName(String id, String title, String unitNote, boolean chart, SourcePosition at) {}
