/**
 * What each kind of content does at each stage, one class per kind: how its files are read into its
 * record, which pages and which search documents it has. The registry of what every stage reads
 * about a kind as data (folder, schema, address, labels) is {@code kind/ContentKind}, below the
 * stages; this package sits above them, so that a kind's code can use each stage's types while each
 * stage defines, as an interface, only what it needs of a kind ({@code load/KindReading},
 * {@code plan/KindPages}, {@code render/KindViews}). {@link org.idlibchronicle.kinds.Kinds} hands the
 * stages every kind's behaviour; a kind of the registry without one does not compile.
 */
package org.idlibchronicle.kinds;
