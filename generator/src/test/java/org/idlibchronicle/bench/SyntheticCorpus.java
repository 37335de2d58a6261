package org.idlibchronicle.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.idlibchronicle.testsupport.Fixture;

/**
 * Writes a synthetic checkout of N events in the real content formats (actors, places, sources,
 * agreements with provisions, claims, footnotes, item links), plus a Hugo site with the same
 * text, so that both generators render equivalent pages from the same words. Deterministic for
 * a given N and seed. Usage: {@code SyntheticCorpus <dir> <events> [seed]}.
 */
public final class SyntheticCorpus {
    private static final String[] WORDS = ("the army forces town road ceasefire patrol shelling corridor observation "
            + "post village highway offensive withdrawal monitor reported killed wounded displaced civilians strike "
            + "airstrike convoy front line counterattack province district agreement talks delegation statement "
            + "government opposition rebels militia defence ministry spokesman report figures hospital school camp")
            .split(" ");
    private static final String[] SYLLABLES = {"ma", "ar", "rat", "nu", "man", "sa", "ra", "qib", "kaf", "rum",
            "jis", "shu", "ghur", "ha", "lab", "tal", "din", "zay", "tun", "bar", "qum", "ne", "rab", "ta", "naz"};

    private final Random random;
    private final int events;
    private final int actors;
    private final int places;
    private final int sources;

    private SyntheticCorpus(int events, long seed) {
        this.random = new Random(seed);
        this.events = events;
        this.actors = Math.max(20, events / 50);
        this.places = Math.max(30, events / 30);
        this.sources = Math.max(50, events / 4);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        new SyntheticCorpus(n, seed).write(dir);
        System.out.println("wrote " + n + " events to " + dir);
    }

    void write(Path dir) throws IOException {
        for (String part : List.of("templates", "assets", "schemas")) {
            Fixture.copyTree(Fixture.REPO.resolve(part), dir.resolve(part));
        }
        // The real site's settings: a site needs its identity, and the corpus reuses the real chart topic.
        Fixture.copyTree(Fixture.REPO.resolve("site.yaml"), dir.resolve("site.yaml"));
        // Its statements cite made-up sources with no documents to quote: the corpus is built as a
        // record still being migrated, quotes optional (as bench/synthetic-corpus.py does).
        Path settings = dir.resolve("site.yaml");
        String yaml = Files.readString(settings).replaceAll("(?m)^quotes:.*$", "quotes: optional");
        Files.writeString(settings, yaml.contains("\nquotes:") ? yaml : yaml + "\nquotes: optional\n");
        Path content = dir.resolve("content");
        // The topic the real chart names, and the name of the one set of figures the corpus writes (by its unit).
        text(content.resolve("topics/displacement.yaml"), "title: Displacement of civilians\ndescription: People who fled.\n");
        text(content.resolve("topics/losses.yaml"), "title: Fighters killed\ndescription: " + sentence(12)
                + "\nclaim_sets:\n  - id: killed\n    title: Fighters killed in the fighting\n");
        Path hugo = dir.resolve("hugo");
        writeHugoScaffold(hugo);
        List<String> placeNames = new ArrayList<>();
        for (int i = 0; i < places; i++) {
            String name = capitalize(name(3)) + " " + capitalize(name(2));
            placeNames.add(name);
            text(content.resolve("places/place-" + i + ".yaml"), "name: " + name + "\naliases: [" + name.replace("a", "aa")
                    + "]\nkind: town\ngovernorate: Idlib\ndescription: " + sentence(12) + "[^source-" + (i % sources) + "]\n");
        }
        List<String> actorNames = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            String name = capitalize(name(2)) + " " + capitalize(name(3)) + " Brigade";
            actorNames.add(name);
            text(content.resolve("actors/actor-" + i + ".yaml"), "name: " + name + "\nkind: armed-group\ndescription: "
                    + sentence(12) + "[^source-" + (i % sources) + "]\n");
        }
        for (int i = 0; i < sources; i++) {
            text(content.resolve("sources/source-" + i + ".yaml"), "outlet: Outlet " + (i % 40) + "\nkind: monitor\ndate: "
                    + day(i % 800) + "\ntitle: " + capitalize(sentence(6)) + "\n");
        }
        for (int a = 0; a < 5; a++) {
            StringBuilder md = new StringBuilder("---\ntitle: Agreement number " + a + "\nshort_name: Agreement " + a
                    + "\nsigned: " + day(a * 150) + "\nparties: [actor-0, actor-1]\nstatus: collapsed\nprovisions:\n");
            for (int p = 0; p < 4; p++) {
                md.append("  - id: provision-").append(p).append("\n    title: Provision ").append(p)
                        .append("\n    text: ").append(sentence(20)).append("[^source-").append(p).append("]\n");
            }
            md.append("---\n").append(paragraph(3)).append('\n');
            text(content.resolve("agreements/agreement-" + a + ".md"), md.toString());
        }
        for (int i = 0; i < events; i++) {
            LocalDate date = day(i * 800 / events);
            String id = date + "-event-" + i;
            String title = capitalize(sentence(7));
            String summary = capitalize(sentence(14)) + ".";
            int place = random.nextInt(places);
            int place2 = random.nextInt(places);
            int actor = random.nextInt(actors);
            int src = random.nextInt(sources);
            String body = paragraph(2) + " Near [" + placeNames.get(place) + "](place:place-" + place + ")."
                    + "[^source-" + src + "]\n\n" + paragraph(3) + "[^source-" + ((src + 1) % sources) + "]\n";
            StringBuilder fm = new StringBuilder("---\ntitle: " + title + "\ndate: " + date + "\nsummary: " + summary
                    + "\nplaces: [place-" + place + (place2 != place ? ", place-" + place2 : "") + "]\nactors: [actor-"
                    + actor + "]\n");
            if (i % 3 == 0) {
                fm.append("agreements:\n  - agreement: agreement-").append(i % 5).append("\n    provision: provision-")
                        .append(i % 4).append("\n    relation: violates\n");
            }
            if (i % 5 == 0) {
                fm.append("claims:\n  - claimant: actor-").append(actor).append("\n    value: ").append(random.nextInt(500))
                        .append("\n    unit: killed\n    of: fighters\n    source: source-").append(src).append('\n');
            }
            fm.append("---\n");
            text(content.resolve("events/" + date.getYear() + "/" + id + ".md"), fm + body);
            String hugoBody = body.replaceAll("\\]\\((place):([a-z0-9-]+)\\)", "](/places/$2/)")
                    + "\n[^source-" + src + "]: Outlet " + (src % 40) + ", " + day(src % 800) + ".\n"
                    + "[^source-" + ((src + 1) % sources) + "]: Outlet " + ((src + 1) % 40) + ".\n";
            text(hugo.resolve("content/events/" + id + ".md"), "---\ntitle: \"" + title + "\"\ndate: " + date
                    + "\nsummary: \"" + summary + "\"\nplaces: [\"" + placeNames.get(place) + "\"]\nactors: [\""
                    + actorNames.get(actor) + "\"]\n---\n" + hugoBody);
        }
    }

    /**
     * A Hugo site that renders the same pages: one per event, per place and per actor, with lists.
     * An event links its places and actors from its own front matter, as their term pages' addresses
     * ({@code urlize}), not through {@code .GetTerms}: in Hugo 0.111 (Debian's) that call's cost grows
     * with the site (per event page 0.26 ms without it, 3.5 ms with it at 30,000 events, by Hugo's
     * {@code --templateMetrics}), which made Hugo's build quadratic in a way a Hugo user would avoid.
     */
    private static void writeHugoScaffold(Path hugo) throws IOException {
        text(hugo.resolve("hugo.toml"), "baseURL = \"http://example.invalid/\"\ntitle = \"Bench\"\n"
                + "disableKinds = [\"RSS\", \"sitemap\"]\n[taxonomies]\nplace = \"places\"\nactor = \"actors\"\n");
        text(hugo.resolve("layouts/_default/baseof.html"), "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>{{ .Title }}</title></head><body><nav><a href=\"/\">Home</a></nav><main>{{ block \"main\" . }}{{ end }}"
                + "</main></body></html>\n");
        text(hugo.resolve("layouts/_default/single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><p>{{ .Date.Format \"2 January 2006\" }}</p>"
                + "<p>{{ .Summary }}</p><ul>{{ range .Params.places }}<li><a href=\"{{ printf \"/places/%s/\" (urlize .) | relURL }}\">{{ . }}</a></li>{{ end }}"
                + "{{ range .Params.actors }}<li><a href=\"{{ printf \"/actors/%s/\" (urlize .) | relURL }}\">{{ . }}</a></li>{{ end }}</ul>"
                + "{{ .Content }}{{ with .PrevInSection }}<a href=\"{{ .RelPermalink }}\">prev</a>{{ end }}"
                + "{{ with .NextInSection }}<a href=\"{{ .RelPermalink }}\">next</a>{{ end }}{{ end }}\n");
        text(hugo.resolve("layouts/_default/list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ range .Pages }}"
                + "<article><h2><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>{{ end }}{{ end }}\n");
        text(hugo.resolve("layouts/index.html"), "{{ define \"main\" }}<h1>{{ .Site.Title }}</h1>{{ range .Site.Sections }}"
                + "<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}{{ end }}\n");
    }

    private LocalDate day(int offset) {
        return LocalDate.of(2018, 1, 1).plusDays(offset);
    }

    private String name(int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        return sb.toString();
    }

    private String sentence(int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) sb.append(' ');
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private String paragraph(int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) sb.append(' ');
            sb.append(capitalize(sentence(10 + random.nextInt(10)))).append('.');
        }
        return sb.toString();
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void text(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
