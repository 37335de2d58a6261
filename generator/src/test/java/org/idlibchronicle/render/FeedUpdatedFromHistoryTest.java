package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.jgit.api.Git;
import org.idlibchronicle.render.feed.AtomFeed;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.TestRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The feed dates each entry by the last commit that changed its event's file, so that an event
 * about 2018 committed today is news to subscribers. The fixture is committed in two steps: the
 * older event (2018-09-17) is added in the second.
 */
class FeedUpdatedFromHistoryTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String OLDER_EVENT = "content/events/2018/2018-09-17-sochi-memorandum-agreed.md";
    private static final Instant FIRST_COMMIT = Instant.parse("2024-01-10T10:00:00Z");
    private static final Instant SECOND_COMMIT = Instant.parse("2024-03-05T12:34:56Z");

    @TempDir
    Path tmp;

    private Fixture fixture;

    @BeforeEach
    void twoCommits() throws Exception {
        fixture = Fixture.in(tmp.resolve("checkout"));
        String olderEvent = fixture.read(OLDER_EVENT);
        fixture.delete(OLDER_EVENT);
        try (TestRepository repo = TestRepository.init(fixture.root())) {
            repo.commit(FIRST_COMMIT, "content without the Sochi memorandum", ".");
            fixture.write(OLDER_EVENT, olderEvent);
            repo.commit(SECOND_COMMIT, "add the Sochi memorandum", OLDER_EVENT);
        }
    }

    @Test
    void anOlderEventAddedLastIsTheNewestEntry() throws Exception {
        fixture.build();
        Element feed = feed(fixture.site());
        Map<String, String> updated = entriesUpdated(feed);
        assertEquals(Map.of(
                "urn:idlib-chronicle:event:2018-09-17-sochi-memorandum-agreed", SECOND_COMMIT.toString(),
                "urn:idlib-chronicle:event:2018-10-02-hts-turkey-understanding-reported", FIRST_COMMIT.toString(),
                "urn:idlib-chronicle:event:2019-02-16-shelling-maarat-al-numan", FIRST_COMMIT.toString()), updated);
        assertEquals("urn:idlib-chronicle:event:2018-09-17-sochi-memorandum-agreed", updated.keySet().iterator().next(),
                "the entry updated last comes first");
        assertEquals(SECOND_COMMIT.toString(), feedUpdated(feed), "the feed's updated is its newest entry's");
    }

    @Test
    void aCloneWritesTheSameFeedByteForByte() throws Exception {
        fixture.build();
        Path clone = tmp.resolve("clone");
        Git.cloneRepository().setURI(fixture.root().toUri().toString()).setDirectory(clone.toFile()).call().close();
        Path cloneSite = tmp.resolve("clone-site");
        new org.idlibchronicle.pipeline.SiteBuild(org.idlibchronicle.pipeline.Project.at(clone).withSite(cloneSite),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).run();
        byte[] original = Files.readAllBytes(fixture.site().resolve(AtomFeed.PATH));
        assertArrayEquals(original, Files.readAllBytes(cloneSite.resolve(AtomFeed.PATH)));
        fixture.buildInto(tmp.resolve("again"));
        assertArrayEquals(original, Files.readAllBytes(tmp.resolve("again").resolve(AtomFeed.PATH)), "two builds, one feed");
    }

    @Test
    void outsideACheckoutEntriesAreDatedByTheirEvents() throws Exception {
        Fixture plain = Fixture.in(tmp.resolve("plain"));
        plain.build();
        Element feed = feed(plain.site());
        assertEquals(Map.of(
                "urn:idlib-chronicle:event:2019-02-16-shelling-maarat-al-numan", "2019-02-16T00:00:00Z",
                "urn:idlib-chronicle:event:2018-10-02-hts-turkey-understanding-reported", "2018-10-02T00:00:00Z",
                "urn:idlib-chronicle:event:2018-09-17-sochi-memorandum-agreed", "2018-09-17T00:00:00Z"),
                entriesUpdated(feed));
        assertEquals("2019-02-16T00:00:00Z", feedUpdated(feed));
    }

    private static Element feed(Path site) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site.resolve(AtomFeed.PATH).toFile()).getDocumentElement();
    }

    /** Entry id → its updated, in the feed's order. */
    private static Map<String, String> entriesUpdated(Element feed) {
        Map<String, String> updated = new LinkedHashMap<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            updated.put(entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent(),
                    entry.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent());
        }
        return updated;
    }

    private static String feedUpdated(Element feed) {
        for (var n = feed.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("updated")) return e.getTextContent();
        }
        throw new AssertionError("the feed has no updated element");
    }
}
