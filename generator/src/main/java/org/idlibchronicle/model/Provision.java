package org.idlibchronicle.model;

import java.time.LocalDate;
import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;

/** One thing an agreement required, in our words; its id is stable and becomes a page anchor. */
public record Provision(String id, String title, Markdown text, Optional<LocalDate> deadline,
                        SourcePosition at) {}
