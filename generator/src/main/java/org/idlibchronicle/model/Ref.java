package org.idlibchronicle.model;

import org.idlibchronicle.diag.SourcePosition;

/** A reference by id to another item, with the place it was written so a bad one can be reported. */
public record Ref(String id, SourcePosition at) {}
