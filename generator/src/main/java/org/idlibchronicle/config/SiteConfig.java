package org.idlibchronicle.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The site's identity and settings, from {@code site.yaml} at the root of the checkout: its
 * {@code title} and {@code tagline} (the generator itself names no subject, so that the same code
 * publishes another record), and the absolute address it is published at ({@code url:
 * https://example.org/chronicle/}), which canonical links, {@code og:url}, the sitemap and the
 * robots.txt {@code Sitemap:} line need; {@code -Dsite.url=...} overrides the address. Without an
 * address the build writes none at all rather than guess a domain: every page link is relative
 * and works from any folder or host.
 *
 * @param id         the record's permanent short name ({@code id:}, else the title in lowercase with
 *                   hyphens), for ids that must never change, such as the feed's entry URNs
 * @param title      the site's name, in the masthead and every page title
 * @param tagline    one sentence saying what the record is, without a final full stop
 * @param homeLede   the home page's opening paragraph ({@code home: lede:})
 * @param aboutLede  the about page's opening paragraph ({@code about: lede:})
 * @param searchHelp what the search page says about matching, with examples from the record
 *                   ({@code search: help:})
 * @param searchSynonyms groups of words a reader writes for one another ({@code search: synonyms:},
 *                   e.g. capture, seize, take), each as written; the schema checks each is one word
 * @param chart      the topic whose claim sets are charted over time on the contested-figures page, if any
 * @param repository the web address of the record's git repository ({@code repository:}), without a
 *                   trailing slash, if any: a page's history links each commit to
 *                   {@code <repository>/commit/<hash>} (the form GitHub, GitLab, Gitea and Forgejo share)
 * @param branch     the repository's branch that the site is built from ({@code branch:}, default
 *                   {@code main}): a page's edit link opens its file there
 * @param newEvent   the file a new event starts from ({@code archetypes/event.md}), empty without one:
 *                   the chronology's "propose a new event" link opens it as a new file in the repository
 * @param socialCards whether pages get a social card, a PNG drawn at build time for link previews
 *                   ({@code social_cards:}, default true): a few milliseconds of CPU per page cold,
 *                   which a record of tens of thousands of pages may rather not spend
 */
public record SiteConfig(Optional<String> baseUrl, String id, String title, String tagline, String homeLede, String aboutLede,
                         String searchHelp, List<List<String>> searchSynonyms, Optional<Chart> chart, Optional<String> repository, boolean quotesRequired,
                         String branch, String newEvent, boolean socialCards) {

    /** A topic (of {@code content/topics/}) whose sets of figures are drawn as a chart over time, and the chart's heading. */
    public record Chart(String topic, String title) {}
    public static final String FILE = "site.yaml";
    public static final String PROPERTY = "site.url";

    /** The home page's description: the tagline as a sentence. */
    public String description() {
        return tagline.isEmpty() ? title : tagline + ".";
    }

    /**
     * {@code site.yaml} at {@code root}, overridden by the system property; neither is required.
     *
     * @throws IllegalArgumentException naming where it came from, when the address is not an http(s) one
     */
    public static SiteConfig load(Path root) throws IOException {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(FILE + ": missing: create it at the root of the checkout with the"
                    + " site's 'title:' and 'tagline:' (and 'url:' once it is published)");
        }
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        String title = text(yaml, "title");
        if (title.isEmpty()) {
            throw new IllegalArgumentException(FILE + ": no 'title:': give the site's name, e.g. 'title: Idlib Chronicle'");
        }
        String tagline = text(yaml, "tagline");
        String fromProperty = System.getProperty(PROPERTY, "").strip();
        String url = fromProperty.isEmpty() ? text(yaml, "url") : fromProperty;
        String where = fromProperty.isEmpty() ? FILE : "-D" + PROPERTY;
        String repositoryKey = text(yaml, "repository");
        Optional<String> repository = repositoryKey.isEmpty() ? Optional.empty()
                : Optional.of(repositoryAddress(repositoryKey));
        try {
            String topic = text(yaml, "chart", "topic");
            Optional<Chart> chart = topic.isEmpty() ? Optional.empty()
                    : Optional.of(new Chart(topic, text(yaml, "chart", "title")));
            String id = text(yaml, "id");
            if (id.isEmpty()) id = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            return new SiteConfig(url.isEmpty() ? Optional.empty() : Optional.of(normalise(url)), id, title, tagline,
                    text(yaml, "home", "lede"), text(yaml, "about", "lede"), text(yaml, "search", "help"), wordGroups(yaml.path("search").path("synonyms")), chart,
                    repository, quotesRequired(text(yaml, "quotes")),
                    text(yaml, "branch").isEmpty() ? "main" : text(yaml, "branch"), newEvent(root),
                    !yaml.hasNonNull("social_cards") || yaml.get("social_cards").asBoolean(true));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code quotes: required} (the default): every citation must carry the words of its document it
     * rests on; {@code optional}: a record still being migrated may cite without them (quotes written
     * are checked all the same).
     */
    private static boolean quotesRequired(String value) {
        return switch (value) {
            case "", "required" -> true;
            case "optional" -> false;
            default -> throw new IllegalArgumentException("'quotes: " + value + "' is not a setting: write"
                    + " 'quotes: required' (every citation names the words it rests on) or 'quotes: optional'");
        };
    }

    /** A list of lists of words ({@code [[capture, take], [retake, regain]]}), empty when absent. */
    private static List<List<String>> wordGroups(JsonNode groups) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode group : groups) {
            List<String> words = new ArrayList<>();
            group.forEach(w -> words.add(w.asText().strip()));
            out.add(List.copyOf(words));
        }
        return List.copyOf(out);
    }

    /** The text at a path of keys ({@code home}, {@code lede}), empty when absent. */
    private static String text(JsonNode yaml, String... keys) {
        JsonNode value = yaml;
        for (String key : keys) value = value == null ? null : value.get(key);
        return value == null || value.isNull() ? "" : value.asText().strip();
    }

    /** An absolute http(s) address with a trailing slash, so that page paths append to it. */
    static String normalise(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("site url '" + url
                        + "' must be an absolute http:// or https:// address without query or fragment");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("site url '" + url + "' is not a valid address: " + e.getReason());
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /** The repository's web address without a trailing slash; it must be an absolute http(s) one. */
    private static String repositoryAddress(String address) {
        try {
            return normalise(address).replaceAll("/+$", "");
        } catch (IllegalArgumentException e) {
            // Said from site.yaml's own point of view: the key is not the site's url.
            throw new IllegalArgumentException(FILE + ": 'repository: " + address + "' must be the repository's"
                    + " web address, e.g. 'repository: https://github.com/owner/name'");
        }
    }

    /** The address of one commit in the repository's web view, when {@code site.yaml} names the repository. */
    public Optional<String> commitAddress(String hash) {
        return repository.map(r -> r + "/commit/" + hash);
    }

    /** Where a new event starts from: {@code archetypes/event.md}, if the record has one. */
    public static final String NEW_EVENT = "archetypes/event.md";

    private static String newEvent(Path root) throws IOException {
        Path file = root.resolve(NEW_EVENT);
        return Files.isRegularFile(file) ? Files.readString(file) : "";
    }

    /**
     * Where a contributor proposes a new event: the repository's new-file view in content/events/,
     * holding {@link #NEW_EVENT}; empty without a repository or that file.
     */
    public String proposeEventAddress() {
        if (newEvent.isEmpty()) return "";
        return newFileAddress("content/events", "YYYY/YYYY-MM-DD-what-happened.md", newEvent).orElse("");
    }

    /**
     * Where a contributor edits {@code file} (a path from the checkout's root) in the repository's web
     * view, when {@code site.yaml} names the repository: the forges spell it differently (GitHub
     * {@code /edit/BRANCH/FILE}, GitLab {@code /-/edit/...}, Gitea and Forgejo {@code /_edit/...}).
     */
    public Optional<String> editAddress(String file) {
        return repository.map(r -> r + forge(r).edit() + branch + "/" + encodedPath(file));
    }

    /**
     * Where a contributor starts a new file in {@code folder} of the repository's web view, named
     * {@code name} and holding {@code text}, when {@code site.yaml} names the repository. GitHub and
     * GitLab fill both in from the address; Gitea and Forgejo open an empty file in the folder.
     */
    public Optional<String> newFileAddress(String folder, String name, String text) {
        return repository.map(r -> {
            Forge forge = forge(r);
            String base = r + forge.create() + branch + "/" + encodedPath(folder);
            if (forge.nameParameter().isEmpty()) return base;
            return base + "?" + forge.nameParameter() + "=" + encoded(name) + "&" + forge.textParameter() + "=" + encoded(text);
        });
    }

    /** How a forge spells its edit and new-file views, and the new-file view's parameters. */
    private record Forge(String edit, String create, String nameParameter, String textParameter) {}

    private static Forge forge(String repository) {
        String host = URI.create(repository).getHost().toLowerCase(java.util.Locale.ROOT);
        if (host.equals("github.com") || host.endsWith(".github.com")) return new Forge("/edit/", "/new/", "filename", "value");
        if (host.startsWith("gitlab.") || host.contains(".gitlab.")) return new Forge("/-/edit/", "/-/new/", "file_name", "content");
        return new Forge("/_edit/", "/_new/", "", "");
    }

    private static String encodedPath(String path) {
        return java.util.Arrays.stream(path.split("/")).map(SiteConfig::encoded).collect(java.util.stream.Collectors.joining("/"));
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The path of the site's root on its host ({@code /chronicle/} for
     * {@code https://example.org/chronicle/}), when the site has an address: links that start with
     * it work from any depth, which the 404 page needs, being served at any missing address.
     */
    public Optional<String> rootPath() {
        return baseUrl.map(b -> URI.create(b).getRawPath());
    }

    /**
     * The absolute address of a site path, when the site has one. The home page's is the site's own
     * address ({@code https://example.org/chronicle/}, not {@code .../index.html}): the one people
     * share and search engines list.
     */
    public Optional<String> absolute(String path) {
        return baseUrl.map(b -> path.equals("index.html") ? b : b + path);
    }
}
