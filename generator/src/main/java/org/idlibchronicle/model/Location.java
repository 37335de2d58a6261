package org.idlibchronicle.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;

/**
 * Where a place is: a point in decimal degrees (WGS 84), as exact as the gazetteer gives it, and
 * the gazetteer it was copied from ({@code geonames}) with the entry's id there, if it has one.
 *
 * @param origin where {@code location:} is written, for problems with it
 */
public record Location(BigDecimal lat, BigDecimal lon, String source, Optional<String> id, SourcePosition origin) {}
