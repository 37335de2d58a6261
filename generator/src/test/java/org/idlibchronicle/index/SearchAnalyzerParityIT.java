package org.idlibchronicle.index;

import org.idlibchronicle.plan.SearchDocument;
import org.idlibchronicle.plan.SearchDocuments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.idlibchronicle.testsupport.Browser;
import org.idlibchronicle.testsupport.Chromium;
import org.idlibchronicle.testsupport.RealSite;
import org.idlibchronicle.testsupport.Loaded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The browser's query analysis (search-analyzer.js, published in search/boot.js) gives exactly the terms of the Lucene
 * analyzer, for every word of the real corpus as written and for edge cases: test vectors computed
 * here by Lucene, replayed in Chromium.
 */
class SearchAnalyzerParityIT {
    static final List<String> EDGE_CASES = List.of("", " ", "Ma'arrat al-Nu'man", "Maʿarrat an-Nuʿman", "Hei`at Tahrir al-Sham",
            "Erdoğan", "Erdog\u0306an", "ERDOĞAN", "İdlib", "Türkiye's", "Russia’s", "SOHR's", "HTS", "M4/M5", "M-4",
            "2,000", "1.5", "20–25", "al-", "-al", "al", "El-Bab", "ash-Shughur", "as-Safira", "ad-Dana", "'quoted'",
            "rock'n'roll", "o'clock", "Ǆemal", "Straße", "Œuvre", "æsir", "Łódź", "ﬁnal", "ℌ", "①", "²", "Ⅻ", "ａｂｃ",
            "ḥalab", "Ḥamāh", "Ṭarṭūs", "ʿAyn", "ʾIdlib", "ﺍﺩﻟﺐ", "إدلب", "Ελλάδα", "Σοχι", "Москва", "中文",
            "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "disabled", "matting", "mating",
            "meeting", "milling", "messing", "meetings", "happy", "sky", "relational", "conditional", "rational",
            "valenci", "hesitanci", "digitizer", "conformabli", "radicalli", "differentli", "vileli", "analogousli",
            "vietnamization", "predication", "operator", "feudalism", "decisiveness", "hopefulness", "callousness",
            "formaliti", "sensitiviti", "sensibiliti", "triplicate", "formative", "formalize", "electriciti",
            "electrical", "hopeful", "goodness", "revival", "allowance", "inference", "airliner", "gyroscopic",
            "adjustable", "defensible", "irritant", "replacement", "adjustment", "dependent", "adoption", "homologou",
            "communism", "activate", "angulariti", "homologous", "effective", "bowdlerize", "probate", "rate",
            "cease", "controll", "roll", "generalizations", "oscillators", "aed", "eed", "oed", "ion", "yyy", "y",
            "ys", "sss", "ss", "s", "is", "eing", "ying", "bled", "sized", "hopping", "filing", "failing",
            "ceasefire", "ceasefires", "offensives", "demilitarized", "demilitarised", "withdrawal", "killed",
            "Maarrat Misrin", "Jabal al-Zawiya", "Abu al-Duhur", "Kafr Halab", "Qubtan al-Jabal", "al-Eis",
            "Su-24", "Su24", "SU 24", "F-16s", "Mi-17", "al-Sham", "Hay'at-Tahrir-al-Sham", "ash-Shughur", "M4/M5", "-24",
            "24-", "a-", "Ma'arrat-al-Nu'man", "T-72", "2019-2020", "4x4", "AK47s", "Erdoğan-Putin",
            // Arabic: the hamza forms of alef, alef maqsura, ta marbuta, tatweel, vowel marks (Lucene's ArabicNormalizer)
            "ادلب", "أحمد", "آمنة", "مصطفى", "محافظة إدلب", "ســراقب", "سَرَاقِب", "مَعَرَّة النُّعْمَان", "ـ", "ـــ",
            "إدلب-سراقب", "حلب2020", "ٱلنعمان", "ئاستانا", "کفرنبل", "ﻹدلب",
            // Turkish: dotted and dotless i in both cases, composed and not
            "İdlib", "IDLİB", "ıdlıb", "Idlıb", "İdli̇b", "SİVİL", "Halep", "HALEP", "Münbiç", "ISTANBUL", "İSTANBUL",
            "ı", "İ", "İ");

    @RegisterExtension
    static final Browser BROWSER = Browser.perClass(800, 600);

    /** Every word of the corpus as written (split at spaces, so punctuation and marks stay on). */
    static List<String> vocabulary() throws Exception {
        TreeSet<String> words = new TreeSet<>();
        for (SearchDocument d : SearchDocuments.of(RealSiteContent.linked(), org.idlibchronicle.kinds.Kinds.all())) {
            for (SearchDocument.Field f : SearchDocument.Field.values()) {
                for (String w : d.text(f).split("\\s+")) if (!w.isEmpty()) words.add(w);
            }
        }
        List<String> all = new ArrayList<>(EDGE_CASES);
        all.addAll(words);
        return all;
    }

    @Test
    void theBrowserAnalyzesEveryWordOfTheCorpusAsLuceneDoes() throws Exception {
        List<String> inputs = vocabulary();
        assertTrue(inputs.size() > 3000, "vocabulary of " + inputs.size());
        BROWSER.driver().get(RealSite.url() + "search.html");
        compare(inputs, SearchAnalyzer.QUERY, "terms");
        compare(inputs, SearchAnalyzer.SURFACE, "surface");
        compare(inputs, text -> JoinedForms.in(text).terms(), "joined");
        // Whole texts too: the char filters look across word boundaries.
        List<String> texts = new ArrayList<>();
        for (SearchDocument d : SearchDocuments.of(RealSiteContent.linked(), org.idlibchronicle.kinds.Kinds.all())) texts.add(d.title() + " " + d.summary() + " " + d.body());
        compare(texts, SearchAnalyzer.QUERY, "terms");
        compare(texts, text -> JoinedForms.in(text).terms(), "joined");
    }

    /**
     * The query synonyms of site.yaml (issue 29) reach the browser as Java reads them: for every term
     * of the corpus and every word of the groups, search.js's synonymsOf gives QuerySynonyms.of's
     * terms, from the groups boot.js carries, which are QuerySynonyms' terms of the index's vocabulary.
     */
    @Test
    void theBrowserExpandsEveryTermToTheSynonymsJavaGivesIt() throws Exception {
        var site = RealSiteContent.linked();
        var docs = SearchDocuments.of(site, org.idlibchronicle.kinds.Kinds.all());
        var aliases = AliasSynonyms.groups(site);
        InvertedIndex index = InvertedIndex.build(docs, AliasSynonyms.map(aliases), AliasSynonyms.terms(aliases));
        List<List<String>> declared = org.idlibchronicle.config.SiteConfig.load(org.idlibchronicle.testsupport.Fixture.REPO).searchSynonyms();
        List<List<String>> groups = QuerySynonyms.inIndex(QuerySynonyms.terms(declared), index.terms.keySet());
        assertTrue(groups.size() >= 1 && groups.get(0).contains("captur") && groups.get(0).contains("take"), groups.toString());
        List<String> terms = new ArrayList<>(index.terms.keySet());
        declared.forEach(g -> g.forEach(w -> terms.addAll(SearchAnalyzer.terms(w))));
        BROWSER.driver().get(RealSite.url() + "search.html");
        Object result = BROWSER.driver().executeAsyncScript("""
                var terms = arguments[0], done = arguments[arguments.length - 1];
                window.siteSearch.load().then(function (engine) {
                  done(terms.map(function (t) { return engine.synonymsOf(t); }));
                }).catch(function (e) { done('error: ' + e); });
                """, terms);
        assertTrue(result instanceof List, String.valueOf(result));
        List<?> js = (List<?>) result;
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            List<String> expected = QuerySynonyms.of(terms.get(i), groups);
            if (!expected.equals(js.get(i))) mismatches.add(terms.get(i) + " → java " + expected + ", js " + js.get(i));
        }
        assertEquals(List.of(), mismatches.subList(0, Math.min(30, mismatches.size())), mismatches.size() + " of " + terms.size() + " terms differ");
    }

    private static void compare(List<String> inputs, Analyzer analyzer, String method) {
        compare(inputs, text -> SearchAnalyzer.terms(analyzer, text), method);
    }

    @SuppressWarnings("unchecked")
    private static void compare(List<String> inputs, java.util.function.Function<String, List<String>> javaSide, String method) {
        List<String> mismatches = new ArrayList<>();
        for (int from = 0; from < inputs.size(); from += 2000) {
            List<String> batch = inputs.subList(from, Math.min(inputs.size(), from + 2000));
            Object result = BROWSER.driver().executeAsyncScript("""
                    var inputs = arguments[0], method = arguments[1], done = arguments[arguments.length - 1];
                    window.siteSearch.load().then(function (engine) {
                      var an = engine.an, all = inputs.join(' ');
                      return (an.needsFullFold(all) ? engine.prepare(all) : Promise.resolve()).then(function () {
                        done(inputs.map(function (s) { return an[method](s); }));
                      });
                    }).catch(function (e) { done('error: ' + e); });
                    """, batch, method);
            assertTrue(result instanceof List, String.valueOf(result));
            List<List<String>> js = (List<List<String>>) result;
            for (int i = 0; i < batch.size(); i++) {
                List<String> expected = javaSide.apply(batch.get(i));
                if (!expected.equals(js.get(i))) mismatches.add(batch.get(i) + " → lucene " + expected + ", js " + js.get(i));
            }
        }
        assertEquals(List.of(), mismatches.subList(0, Math.min(30, mismatches.size())),
                mismatches.size() + " of " + inputs.size() + " inputs differ (" + method + ")");
    }

    /** The real content, loaded and linked (no pages written). */
    static final class RealSiteContent {
        private static org.idlibchronicle.link.LinkedSite linked;

        static synchronized org.idlibchronicle.link.LinkedSite linked() {
            if (linked == null) {
                var problems = new org.idlibchronicle.diag.Problems();
                var content = Loaded.checked(org.idlibchronicle.testsupport.Fixture.REPO, problems);
                linked = org.idlibchronicle.link.Linker.link(content);
            }
            return linked;
        }
    }

}
