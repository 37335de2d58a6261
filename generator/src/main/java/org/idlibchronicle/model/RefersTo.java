package org.idlibchronicle.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says which kind a reference field of an item points to, by the kind's record type:
 * {@code @RefersTo(Place.class) List<Ref> places} (the type, not the kind, so that the records need
 * nothing of the kind registry, which is built on them).
 * Declared on the record component, it is all the stages need: the check stage resolves every such
 * reference (unknown id: a located error with "did you mean"), and the link stage records which
 * items refer to which ({@code LinkedSite.referrers}), for any kind, without code of its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface RefersTo {
    Class<? extends Item> value();
}
