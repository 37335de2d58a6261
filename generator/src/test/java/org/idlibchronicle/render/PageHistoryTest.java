package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.TestRepository;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every item page says when its file last changed, lists the commits that changed it (linked to
 * the repository's web view when {@code site.yaml} names one) and offers "cite this page", all
 * from the commits alone: the same commit gives the same pages.
 */
class PageHistoryTest {
    private static final String EVENT = "content/events/2018/2018-09-17-sochi-memorandum-agreed.md";
    private static final String EVENT_PAGE = "events/2018/2018-09-17-sochi-memorandum-agreed.html";
    private static final Instant FIRST = Instant.parse("2024-01-10T10:00:00Z");
    private static final Instant SECOND = Instant.parse("2024-03-05T23:34:56Z");

    @TempDir
    Path tmp;

    private Fixture fixture;

    @BeforeEach
    void twoCommits() throws Exception {
        fixture = Fixture.in(tmp.resolve("checkout"));
        fixture.write("site.yaml", fixture.read("site.yaml")
                + "url: https://example.org/chronicle/\nrepository: https://git.example.org/owner/record/\n");
        try (TestRepository repo = TestRepository.init(fixture.root())) {
            repo.commit(FIRST, "Add the fixture record", ".");
            fixture.write(EVENT, fixture.read(EVENT).replace("\n---\n", "\n---\nA corrected first line.\n\n"));
            repo.commit(SECOND, "Correct the Sochi memorandum event\n\nWhy, at length.\n\nRecord-note: The memorandum's"
                    + " first line corrected.", EVENT);
        }
    }

    private Document page(Path site, String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void anEventPageShowsItsLastChangeAndItsCommitsLinkedToTheRepository() throws Exception {
        fixture.build();
        Element section = page(fixture.site(), EVENT_PAGE).selectFirst("section.provenance");
        assertEquals("2024-03-05", section.selectFirst("p.meta time").attr("datetime"));
        assertEquals("5 March 2024", section.selectFirst("p.meta time").text());
        List<Element> entries = section.select("ol.history > li");
        assertEquals(2, entries.size());
        // Issue 27: readers see the commit's Record-note, never its message.
        assertTrue(entries.get(0).text().contains("The memorandum's first line corrected."), entries.get(0).text());
        assertFalse(entries.get(0).text().contains("Correct the Sochi"), entries.get(0).text());
        assertTrue(entries.get(1).text().startsWith("10 January 2024 · changed ·"), entries.get(1).text());
        try (Git git = Git.open(fixture.root().toFile())) {
            String head = git.getRepository().resolve("HEAD").name();
            Element link = entries.get(0).selectFirst("a");
            assertEquals("https://git.example.org/owner/record/commit/" + head, link.attr("href"));
            assertEquals(head.substring(0, 7), link.text());
        }
        String sentence = section.selectFirst(".cite-sentence").text();
        assertTrue(sentence.startsWith("Idlib Chronicle. 2024."), "the record date is the newest commit's: " + sentence);
        assertTrue(sentence.endsWith("https://example.org/chronicle/" + EVENT_PAGE + "."), sentence);
        assertEquals(List.of("BibTeX", "RIS", "CSL-JSON (Zotero, Pandoc)"),
                section.select("details.cite-format > summary").eachText());
    }

    @Test
    void everyItemPageHasItsHistoryAndCitationAndOtherPagesHaveNone() throws Exception {
        fixture.build();
        int items = 0;
        try (var files = Files.walk(fixture.site())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String rel = fixture.site().relativize(f).toString().replace('\\', '/');
                boolean item = rel.matches("(events/\\d{4}|agreements|actors|places|topics|documents)/(?!index\\.html).+\\.html");
                Document d = Jsoup.parse(f.toFile(), "UTF-8");
                assertEquals(item ? 1 : 0, d.select("section.provenance").size(), rel);
                if (!item) continue;
                items++;
                assertTrue(d.select("section.provenance ol.history > li").size() >= 1, rel);
                String title = d.title().substring(0, d.title().lastIndexOf(" · "));
                var csl = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(d.select("details.cite-format code").get(2).wholeText());
                assertEquals(title, csl.get(0).get("title").asText(), rel);
                assertEquals("https://example.org/chronicle/" + rel, csl.get(0).get("URL").asText(), rel);
            }
        }
        long files;
        try (var content = Files.walk(fixture.root().resolve("content"))) {
            files = content.filter(Files::isRegularFile).filter(p -> !p.toString().contains("sources")).count();
        }
        assertEquals(files, items, "one page with history and citation per event, agreement, actor and place");
    }

    @Test
    void anUncommittedEditChangesNoDateAndACloneBuildsTheSamePages() throws Exception {
        fixture.build();
        byte[] before = Files.readAllBytes(fixture.site().resolve("actors/russia.html"));
        fixture.write("content/actors/russia.yaml", fixture.read("content/actors/russia.yaml") + "\n");
        fixture.buildInto(tmp.resolve("edited"));
        assertArrayEquals(before, Files.readAllBytes(tmp.resolve("edited/actors/russia.html")),
                "an uncommitted edit that changes nothing shown leaves the page, history and date as they were");

        Path clone = tmp.resolve("clone");
        Git.cloneRepository().setURI(fixture.root().toUri().toString()).setDirectory(clone.toFile()).call().close();
        Path cloneSite = tmp.resolve("clone-site");
        new org.idlibchronicle.pipeline.SiteBuild(org.idlibchronicle.pipeline.Project.at(clone).withSite(cloneSite),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).run();
        assertArrayEquals(Files.readAllBytes(fixture.site().resolve(EVENT_PAGE)),
                Files.readAllBytes(cloneSite.resolve(EVENT_PAGE)));
    }

    @Test
    void outsideACheckoutTheBuildSaysSoOnceAndPagesSayTheHistoryIsNotKnown() throws Exception {
        Fixture plain = Fixture.in(tmp.resolve("plain"));
        plain.build();
        assertEquals(1, plain.log().split("is not a git checkout", -1).length - 1, plain.log());
        Element section = page(plain.site(), EVENT_PAGE).selectFirst("section.provenance");
        assertEquals(0, section.select("ol.history").size());
        assertTrue(section.text().contains("history is not known"), section.text());
        assertTrue(section.selectFirst(".cite-sentence").text().contains("n.d."));
    }

    /**
     * Issue 27: every page made from a content file links to that file's edit view in the repository
     * site.yaml names (this fixture's forge is neither GitHub nor GitLab: Gitea's and Forgejo's form),
     * on the branch site.yaml names, main by default.
     */
    @Test
    void everyItemPageLinksToItsFilesEditView() throws Exception {
        fixture.build();
        int pages = 0;
        try (var files = Files.walk(fixture.site())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(f.toFile(), "UTF-8");
                Element section = d.selectFirst("section.provenance");
                if (section == null) {
                    assertTrue(d.select("p.edit-link").isEmpty(), f.toString());
                    continue;
                }
                String file = section.selectFirst("p.meta code").text();
                assertTrue(Files.isRegularFile(fixture.root().resolve(file)), file);
                assertEquals("https://git.example.org/owner/record/_edit/main/" + file,
                        section.selectFirst("p.edit-link a").attr("href"));
                pages++;
            }
        }
        assertTrue(pages >= 10, pages + " pages");
    }

    /**
     * On GitHub, the edit view is /edit/BRANCH/FILE; the branch is site.yaml's. The chronology's
     * "propose a new event" opens a new file in content/events/ holding archetypes/event.md.
     */
    @Test
    void aGitHubRepositoryGetsGitHubsEditLinksOnItsBranch() throws Exception {
        fixture.write("site.yaml", fixture.read("site.yaml").replace("repository: https://git.example.org/owner/record/",
                "repository: https://github.com/owner/record\nbranch: trunk"));
        String template = Files.readString(org.idlibchronicle.testsupport.Fixture.REPO.resolve("archetypes/event.md"));
        fixture.write("archetypes/event.md", template);
        fixture.build();
        String propose = page(fixture.site(), "chronology/index.html").selectFirst("p.propose-event a").attr("href");
        assertTrue(propose.startsWith("https://github.com/owner/record/new/trunk/content/events?filename="
                + "YYYY%2FYYYY-MM-DD-what-happened.md&value="), propose);
        assertEquals(template, java.net.URLDecoder.decode(propose.substring(propose.indexOf("&value=") + 7),
                java.nio.charset.StandardCharsets.UTF_8), "the new file holds the event template");
        Element link = page(fixture.site(), EVENT_PAGE).selectFirst("p.edit-link a");
        assertEquals("https://github.com/owner/record/edit/trunk/" + EVENT, link.attr("href"));
        assertTrue(page(fixture.site(), EVENT_PAGE).selectFirst("p.edit-link").text().contains("on github.com"));
    }

    @Test
    void withoutARepositoryNoPageHasAnEditLink() throws Exception {
        Fixture plain = Fixture.in(tmp.resolve("plain"));
        plain.build();
        assertTrue(page(plain.site(), EVENT_PAGE).select("p.edit-link").isEmpty());
    }

    /** Issue 27: history-notes.yaml gives a commit made without a Record-note its note for readers. */
    @Test
    void theReviewedNotesFillInCommitsWithoutATrailer() throws Exception {
        String first;
        try (Git git = Git.open(fixture.root().toFile())) {
            first = git.getRepository().resolve("HEAD~1").name();
        }
        fixture.write("history-notes.yaml", first.substring(0, 7) + ": First version of the fixture record.\n");
        fixture.build();
        List<Element> entries = page(fixture.site(), EVENT_PAGE).select("section.provenance ol.history > li");
        assertTrue(entries.get(1).text().startsWith("10 January 2024 · First version of the fixture record. ·"),
                entries.get(1).text());
    }

    @Test
    void aMistakeInTheNotesIsLocated() throws Exception {
        fixture.write("history-notes.yaml", "not-a-hash: A note.\n1234567: \"\"\n");
        org.idlibchronicle.pipeline.BuildFailedException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.idlibchronicle.pipeline.BuildFailedException.class, fixture::build);
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().stream().allMatch(p -> p.position().path().equals("history-notes.yaml") && p.position().line() > 0),
                e.problems().toString());
    }

    /**
     * Issue 30: the sitemap tells search engines when each item page's file last changed, and the
     * home page's address is the site's own (not .../index.html).
     */
    @Test
    void theSitemapDatesItemPagesAndTheHomePageIsTheSitesAddress() throws Exception {
        fixture.build();
        org.jsoup.nodes.Document map = org.jsoup.Jsoup.parse(Files.readString(fixture.site().resolve("sitemap.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        Element event = map.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().endsWith(EVENT_PAGE)).findFirst().orElseThrow();
        assertEquals("2024-03-05", event.selectFirst("lastmod").text());
        assertTrue(map.select("url loc").eachText().contains("https://example.org/chronicle/"), "the home page");
        assertFalse(map.select("url loc").eachText().contains("https://example.org/chronicle/index.html"));
        assertEquals("https://example.org/chronicle/",
                page(fixture.site(), "index.html").selectFirst("link[rel=canonical]").attr("href"));
    }
}
