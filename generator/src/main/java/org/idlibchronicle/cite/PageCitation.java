package org.idlibchronicle.cite;

/**
 * How to cite one page, in the four forms a reader may want: a sentence to paste into a text, and
 * the three formats reference managers import.
 *
 * @param sentence the reference in Chicago author-date style, as plain text
 * @param bibtex   one BibTeX {@code @misc} entry
 * @param ris      one RIS record ({@code TY  - ELEC} … {@code ER  - })
 * @param cslJson  a CSL-JSON array of one item (what Zotero and Pandoc read)
 */
public record PageCitation(String sentence, String bibtex, String ris, String cslJson) {}
