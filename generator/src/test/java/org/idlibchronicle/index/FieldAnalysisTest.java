package org.idlibchronicle.index;

import org.idlibchronicle.plan.SearchDocument;
import org.idlibchronicle.plan.SearchDocuments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.pipeline.SiteBuild;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;

/**
 * The one-pass index analysis gives the same terms as the whole Lucene chain (query chain, then
 * synonym graph, flattened) run over the text, for every field of every document of the real site.
 */
class FieldAnalysisTest {

    @Test
    void onePassEqualsTheFullChainOnTheRealSite() throws Exception {
        LinkedSite site = new SiteBuild(Project.at(Fixture.REPO), System.out).generate(false).site();
        SynonymMap map = AliasSynonyms.map(AliasSynonyms.groups(site));
        Analyzer reference = fullChain(map);
        FieldAnalysis onePass = new FieldAnalysis(map);
        int texts = 0;
        int expanded = 0;
        for (SearchDocument doc : SearchDocuments.of(site, org.idlibchronicle.kinds.Kinds.all())) {
            for (SearchDocument.Field f : SearchDocument.Field.values()) {
                String text = doc.text(f);
                List<String> expected = SearchAnalyzer.terms(reference, text);
                List<String> actual = onePass.analyse(text).terms();
                assertEquals(expected, actual, doc.url() + " " + f + ": " + text);
                texts++;
                if (expected.size() > SearchAnalyzer.terms(text).size()) expanded++;
            }
        }
        assertTrue(texts > 3000, "texts compared: " + texts);
        // The comparison means something only if names were expanded in many texts.
        assertTrue(expanded > 200, "texts with synonyms: " + expanded);
    }

    @Test
    void wordsKeepTheirSurfaceFormAndStopWordsLeaveNoWord() {
        var r = new FieldAnalysis(AliasSynonyms.map(List.of())).analyse("The offensives of Ma'arrat");
        assertEquals(List.of(new FieldAnalysis.Word("ofensives", "ofens"), new FieldAnalysis.Word("marat", "marat")),
                r.words());
        assertEquals(List.of("ofens", "marat"), r.terms());
    }

    /** The chain the index is defined by, run whole over a text. */
    private static Analyzer fullChain(SynonymMap synonyms) {
        return new AnalyzerWrapper(SearchAnalyzer.QUERY.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return SearchAnalyzer.QUERY;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                TokenStream ts = new FlattenGraphFilter(new SynonymGraphFilter(components.getTokenStream(), synonyms, true));
                return new TokenStreamComponents(components.getSource(), ts);
            }
        };
    }
}
