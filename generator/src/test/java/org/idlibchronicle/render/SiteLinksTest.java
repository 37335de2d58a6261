package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.idlibchronicle.testsupport.RealSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Walks every page of the site built from the real content with jsoup: every internal link and
 * every {@code #anchor} resolves (form actions included), nothing is loaded from another host, no {@code javascript:}
 * address reaches an attribute, and every page can be reached by following links from home.
 */
class SiteLinksTest {
    private final Map<String, Document> parsed = new HashMap<>();

    private Document page(String path) {
        return parsed.computeIfAbsent(path, p -> {
            try {
                return Jsoup.parse(RealSite.site().resolve(p).toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Internal link targets of a page, resolved to site paths with their fragments ("a/b.html#x"). */
    private List<String> internalLinks(String path, List<String> broken) {
        List<String> out = new ArrayList<>();
        URI base = URI.create("file:///site/" + path);
        // A search form's action counts as a link: submitting it is how a reader reaches the search page.
        for (Element e : page(path).select("[href], [src], form[action]")) {
            String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
            String value = e.attr(attr).strip();
            if (value.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                broken.add(path + ": javascript: in " + attr);
                continue;
            }
            URI uri = URI.create(value.replace(" ", "%20"));
            if (uri.getScheme() != null) {
                // Web addresses are only allowed as citations a reader follows, never as something the page loads.
                boolean loads = !e.tagName().equals("a") && !(e.tagName().equals("link")
                        && e.attr("rel").equals("canonical"));
                if (loads) broken.add(path + ": loads from another host: " + e.outerHtml());
                continue;
            }
            URI resolved = base.resolve(uri);
            String target = resolved.getPath().substring("/site/".length());
            if (target.isEmpty()) target = "index.html";
            out.add(target + (resolved.getFragment() == null ? "" : "#" + resolved.getFragment()));
        }
        return out;
    }

    @Test
    void everyInternalLinkAndAnchorResolvesAndEveryPageIsReachableFromHome() {
        Path root = RealSite.site();
        List<String> pages = RealSite.pages();
        assertTrue(pages.size() > 300, "the real site has its pages: " + pages.size());
        List<String> broken = new ArrayList<>();
        int links = 0;
        int anchors = 0;
        Map<String, List<String>> outgoing = new HashMap<>();
        for (String path : pages) {
            List<String> targets = internalLinks(path, broken);
            outgoing.put(path, targets);
            for (String t : targets) {
                links++;
                int hash = t.indexOf('#');
                String file = hash < 0 ? t : t.substring(0, hash);
                String fragment = hash < 0 ? "" : t.substring(hash + 1);
                if (!Files.isRegularFile(root.resolve(file))) {
                    broken.add(path + " → " + t + ": no such file");
                    continue;
                }
                if (!fragment.isEmpty() && file.endsWith(".html")) {
                    anchors++;
                    Document target = page(file);
                    if (target.getElementById(fragment) == null && target.select("a[name=" + fragment + "]").isEmpty()) {
                        broken.add(path + " → " + t + ": no element with id '" + fragment + "'");
                    }
                }
            }
        }
        assertEquals(List.of(), broken.stream().limit(40).toList(), broken.size() + " broken links");
        assertTrue(links > 10_000 && anchors > 1_000, links + " links, " + anchors + " anchors checked");

        // Every page but 404 is reachable from the home page by following links.
        Set<String> seen = new TreeSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        while (!queue.isEmpty()) {
            String p = queue.poll();
            if (!seen.add(p)) continue;
            for (String t : outgoing.getOrDefault(p, List.of())) {
                String file = t.contains("#") ? t.substring(0, t.indexOf('#')) : t;
                if (file.endsWith(".html") && !seen.contains(file)) queue.add(file);
            }
        }
        List<String> unreachable = pages.stream().filter(p -> !seen.contains(p) && !p.equals("404.html")).toList();
        assertEquals(List.of(), unreachable, "pages no link from home leads to");
    }

    @Test
    void everyPageHasOneH1LandmarksAndHeadingsThatDoNotSkipLevels() {
        List<String> problems = new ArrayList<>();
        for (String path : RealSite.pages()) {
            Document d = page(path);
            if (d.select("h1").size() != 1) problems.add(path + ": " + d.select("h1").size() + " h1");
            for (String landmark : List.of("header", "main#main", "footer", "a.skip[href=#main]")) {
                if (d.select(landmark).size() != 1) problems.add(path + ": no single " + landmark);
            }
            int previous = 0;
            for (Element h : d.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (level > previous + 1) problems.add(path + ": <" + h.tagName() + "> " + h.text() + " after h" + previous);
                previous = level;
            }
        }
        assertEquals(List.of(), problems.stream().limit(20).toList(), problems.size() + " problems");
    }

    @Test
    void idsAreUniqueOnEveryPage() {
        List<String> duplicates = new ArrayList<>();
        for (String path : RealSite.pages()) {
            Set<String> ids = new TreeSet<>();
            for (Element e : page(path).select("[id]")) {
                if (!ids.add(e.id())) duplicates.add(path + "#" + e.id());
            }
        }
        assertEquals(List.of(), duplicates.stream().limit(20).toList(), "an anchor must name one element");
    }

    /**
     * Issue 30: no link leads to where it stands. On sources.html each source's name linked to its
     * own entry (144 self-links); elsewhere it leads to that entry.
     */
    @Test
    void noLinkLeadsToItsOwnEntry() {
        Document sources = page("sources.html");
        List<String> self = new java.util.ArrayList<>();
        for (org.jsoup.nodes.Element li : sources.select("li[id]")) {
            if (!li.select("a[href=#" + li.id() + "], a[href=sources.html#" + li.id() + "]").isEmpty()) self.add(li.id());
        }
        assertEquals(List.of(), self);
        assertTrue(sources.select("li[id] cite.citation").size() > 100, "the entries are still there");
    }
}
