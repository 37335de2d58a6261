package org.idlibchronicle.index;

import org.idlibchronicle.plan.SearchDocument;

import java.util.List;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.output.OutputFile;

/**
 * The index stage: the search documents of the linked site, analysed with the alias synonyms of
 * content/, scored and written as the static, lazily loaded index under {@code search/}.
 */
public final class SearchIndexer {
    private SearchIndexer() {}

    /**
     * The index files; {@code analyzerScript} is {@link AnalyzerScript}'s, as the site publishes it;
     * {@code querySynonyms} the groups of words of {@code site.yaml}'s {@code search: synonyms:}.
     */
    public static List<OutputFile> index(LinkedSite site, List<SearchDocument> docs, String analyzerScript,
                                         List<List<String>> querySynonyms) {
        List<List<String>> groups = AliasSynonyms.groups(site);
        InvertedIndex index = InvertedIndex.build(docs, AliasSynonyms.map(groups), AliasSynonyms.terms(groups));
        return IndexFiles.write(docs, index, SearchFacets.values(site, docs), SpellingVariants.of(groups, index.terms),
                QuerySynonyms.inIndex(QuerySynonyms.terms(querySynonyms), index.terms.keySet()), analyzerScript);
    }
}
