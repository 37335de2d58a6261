package org.idlibchronicle.model;

/** How one agreement relates to an earlier one: {@code supersedes} or {@code reaffirms}. */
public record AgreementRelation(String kind, Ref agreement) {}
