package org.idlibchronicle.link;

/** A page that cites a source, for the bibliography's "cited on" lists. */
public record Citation(String kind, String title, String page) {}
