/**
 * The words citations rest on: which document each source was read in ({@link Library}), each
 * document's text or fingerprints as quotes are compared with them ({@link DocumentText}), and every
 * citation of the record with its quote ({@link Citations}). Read by the check stage, which proves
 * each quote is in its document, and by the link stage, which ties each passage to the statements
 * resting on it.
 */
package org.idlibchronicle.quote;
