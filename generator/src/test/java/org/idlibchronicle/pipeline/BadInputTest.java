package org.idlibchronicle.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.GoodSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed content, one mistake at a time: each must fail the build with a message that names
 * the file, line and column and says how to fix it, and must leave the previous site as it was.
 */
class BadInputTest {
    private static final String EVENT = "content/events/2018/2018-09-17-sochi-memorandum-agreed.md";
    private static final String YEVENT = "content/events/2018/2018-10-02-hts-turkey-understanding-reported.yaml";
    private static final String AGREEMENT = "content/agreements/sochi-memorandum-2018.md";
    private static final String SOURCE = "content/sources/sohr-2019-02-16.yaml";
    private static final String ACTOR = "content/actors/sohr.yaml";
    private static final String PLACE = "content/places/sochi.yaml";
    private static final String LOCATED = "content/places/maarat-al-numan.yaml";
    private static final String LOCATION = "location: {lat: 35.6483, lon: 36.67693, source: geonames, id: 167611}";
    private static final String CLAIMS = "content/events/2019/2019-02-16-shelling-maarat-al-numan.md";
    private static final String TOPIC = "content/topics/shelling.yaml";

    @TempDir
    static Path shared;
    private static GoodSite good;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildTheGoodSiteOnce() throws Exception {
        good = GoodSite.buildIn(shared.resolve("good"));
    }

    private static Arguments bad(String name, Consumer<Fixture> mutation, String expected) {
        return Arguments.of(name, mutation, expected);
    }

    private static Consumer<Fixture> replace(String file, String from, String to) {
        return f -> {
            String text = f.read(file);
            if (!text.contains(from)) throw new AssertionError("fixture " + file + " lacks: " + from);
            f.write(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        };
    }

    private static Consumer<Fixture> write(String file, String text) {
        return f -> f.write(file, text);
    }

    private static final String MIN_EVENT = "---\ntitle: A test event\ndate: %s\nsummary: Something happened on this day.\n"
            + "places: []\nactors: []\n---\nText.[^sohr-2019-02-16]\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("broken YAML: unclosed quote", write(ACTOR, "name: \"Syrian Observatory\nkind: monitor\n"),
                        ACTOR + ":1:5: error: invalid YAML: while scanning a quoted scalar"),
                bad("tab in indentation", write(PLACE, "name: Sochi\naliases:\n\t- Sotchi\nkind: city\n"),
                        PLACE + ":3:1: error: tab character in indentation"),
                bad("wrong type: a string for a list", replace(EVENT, "places: [sochi, idlib-governorate]", "places: sochi"),
                        EVENT + ":6:9: error: 'places' must be a list, not a string"),
                bad("wrong type: a number for a string", replace(SOURCE, "outlet: Syrian Observatory for Human Rights", "outlet: 42"),
                        SOURCE + ":2:9: error: 'outlet' must be a string, not a number"),
                bad("unknown key with suggestion", replace(EVENT, "title:", "titel:"),
                        EVENT + ":3:1: error: unknown field 'titel' (did you mean 'title'?)"),
                bad("missing required field", replace(EVENT, "summary: The Russian and Turkish presidents agreed to create a demilitarized buffer zone in Idlib.\n", ""),
                        EVENT + ":3:1: error: missing required field 'summary'"),
                bad("unknown place with suggestion", replace(EVENT, "places: [sochi,", "places: [sochii,"),
                        EVENT + ":6:10: error: unknown place 'sochii' (did you mean 'sochi'?)"),
                bad("unknown topic with suggestion", replace(EVENT, "tags: [diplomacy]", "tags: [diplomcy]"),
                        EVENT + ":11:8: error: unknown topic 'diplomcy' (did you mean 'diplomacy'?): correct the id or add content/topics/diplomcy.yaml"),
                bad("unknown parent topic", replace(TOPIC, "aliases: [artillery]", "aliases: [artillery]\nparent: diplomacyy"),
                        TOPIC + ":3:9: error: unknown topic 'diplomacyy' (did you mean 'diplomacy'?)"),
                bad("topic that is its own ancestor", replace(TOPIC, "aliases: [artillery]", "aliases: [artillery]\nparent: displacement")
                                .andThen(replace("content/topics/displacement.yaml", "aliases:", "parent: shelling\naliases:")),
                        TOPIC + ":3:9: error: topic 'shelling' is its own ancestor (through displacement)"),
                bad("unnamed claim set", replace(CLAIMS, "    unit: killed\n", "    unit: killed\n    topic: deaths-in-shelling\n"),
                        CLAIMS + ":13:5: error: the claim set 'deaths-in-shelling' (this claim's 'topic', or its unit when it has none)"
                                + " has no name: name it under 'claim_sets:' of the topic it belongs to in content/topics/"),
                bad("claim set named twice", f -> f.write("content/topics/diplomacy.yaml", f.read("content/topics/diplomacy.yaml")
                                + "claim_sets:\n  - id: killed\n    title: Killed in the talks\n"),
                        "content/topics/shelling.yaml:7:9: error: claim set 'killed' is already named in content/topics/diplomacy.yaml: name each set once"),
                bad("charted topic that does not exist", replace("site.yaml", "  topic: displacement", "  topic: displacment"),
                        "site.yaml: error: chart.topic 'displacment' is not a topic (did you mean 'displacement'?)"),
                bad("unknown actor", replace(EVENT, "actors: [russia, turkey]", "actors: [russia, turkiye]"),
                        EVENT + ":7:18: error: unknown actor 'turkiye'"),
                bad("unknown agreement", replace(EVENT, "  - agreement: sochi-memorandum-2018", "  - agreement: sochi-2018"),
                        EVENT + ":9:16: error: unknown agreement 'sochi-2018'"),
                bad("unknown provision", replace(YEVENT, "provision: demilitarized-zone", "provision: dmz"),
                        YEVENT + ":9:16: error: agreement 'sochi-memorandum-2018' has no provision 'dmz'"),
                bad("invalid relation with suggestion", replace(EVENT, "relation: signs", "relation: signed"),
                        EVENT + ":10:15: error: 'agreements.0.relation' is 'signed' (did you mean 'signs'?)"),
                bad("duplicate event id across .md and .yaml", f -> f.write(EVENT.replace(".md", ".yaml"),
                                "title: Twice\ndate: 2018-09-17\nsummary: The same event written twice.\nplaces: []\nactors: []\n"
                                        + "body: Text.[^sohr-2019-02-16]\n"),
                        ".yaml:1:1: error: duplicate event id '2018-09-17-sochi-memorandum-agreed'"),
                bad("duplicate provision id", replace(AGREEMENT, "  - id: joint-patrols", "  - id: demilitarized-zone"),
                        AGREEMENT + ":14:9: error: duplicate provision id 'demilitarized-zone'"),
                bad("impossible date 30 February", write("content/events/2019/2019-02-30-impossible.md", String.format(MIN_EVENT, "2019-02-30")),
                        "content/events/2019/2019-02-30-impossible.md:3:7: error: '2019-02-30' is not a real date (February 2019 has 28 days)"),
                bad("month 13", write("content/events/2019/2019-13-impossible.md", String.format(MIN_EVENT, "2019-13")),
                        "content/events/2019/2019-13-impossible.md:3:7: error: '2019-13' is not a real date (months run from 01 to 12)"),
                bad("range ending before it starts", replace(EVENT, "date: 2018-09-17\n", "date: 2018-09-17\nend: 2018-09-10\n"),
                        EVENT + ":5:6: error: 'end' (2018-09-10) is not after 'date' (2018-09-17)"),
                bad("footnote with no source", replace(EVENT, "[^text-idlib-agreement-turkey-russia]\nThe zone", "[^tass-2018-09-17]\nThe zone"),
                        EVENT + ":13:87: error: footnote [^tass-2018-09-17] is not a source id and has no definition"),
                bad("a note's footnote without its note", replace(CLAIMS, "over two days.[^sohr-2019-02-16]", "over two days.[^sohr-2019-02-16][^convoy]"),
                        "or write the note on a line of its own below the text: [^convoy]: what the note says"),
                // Issue 31: numbers YAML reads in another base, a thousands point, impossible years, blank titles.
                bad("figure with a leading zero (YAML octal)", replace(CLAIMS, "value: 18", "value: 076"),
                        CLAIMS + ":14:12: error: 'claims.0.value' is written '076', which YAML reads as 62: write the"
                                + " number in plain decimal digits"),
                bad("figure in hexadecimal", replace(CLAIMS, "value: 18", "value: 0x12"),
                        CLAIMS + ":14:12: error: 'claims.0.value' is written '0x12', which YAML reads as 18"),
                bad("figure with a thousands point", replace(CLAIMS, "value: 18", "value: 1.200"),
                        CLAIMS + ":14:12: error: 'claims.0.value' is written '1.200', which is 1.2 (the point is a decimal"
                                + " point): for 1200 write 1200"),
                bad("agreement signed in year 0", replace(AGREEMENT, "signed: 2018-09-17", "signed: 0000-01-01"),
                        AGREEMENT + ":6:9: error: '0000-01-01' is outside the years a record's dates may take (1900 to 2100)"),
                bad("blank title", replace(EVENT, "title: Putin and Erdogan agree on a buffer zone in Idlib",
                                "title: \"\u200b\u200b\u200b \u00a0 \""),
                        EVENT + ":3:8: error: the title is blank (only spaces or invisible characters)"),
                bad("a second front matter pasted at the top of the text",
                        replace(CLAIMS, "---\nGovernment shelling hit", "---\n---\ntitle: An older draft\nsummary: Older.\n---\nGovernment shelling hit"),
                        CLAIMS + ":21:1: error: a second front matter: the text opens with another block of fields"),
                bad("an anchor swallowing the title's first word", replace(EVENT,
                                "title: Putin and Erdogan agree on a buffer zone in Idlib", "title: &Putin and Erdogan agree on a buffer zone"),
                        EVENT + ":3:8: error: 'title' opens with '&Putin', which YAML reads as an anchor and drops from the value"),
                bad("a tag swallowing the summary's first word", replace(EVENT, "summary: The Russian", "summary: !Breaking: The Russian"),
                        EVENT + ":5:10: error: 'summary' opens with '!Breaking:', which YAML reads as a tag"),
                bad("a mail autolink", replace(EVENT, "agreed to create a buffer zone", "agreed <press@example.org> to create a buffer zone"),
                        EVENT + ":13:"),
                bad("a source address with a password", replace("content/sources/enc-idlib-demilitarization.yaml",
                                "url: https://en.wikipedia.org/", "url: https://editor:s3cret@en.wikipedia.org/"),
                        "content/sources/enc-idlib-demilitarization.yaml:3:6: error: the address holds a user name or"
                                + " password before its host ('editor:...@'), which would be published: remove it"),
                bad("a source address with a direction-changing character", replace("content/sources/enc-idlib-demilitarization.yaml",
                                "url: https://en.wikipedia.org/wiki/Idlib_demilitarization_(2018%E2%80%932019)",
                                "url: \"https://en.wikipedia.org/wiki/\\u202EIdlib_demilitarization\""),
                        "content/sources/enc-idlib-demilitarization.yaml:3:6: error: the address holds the invisible"
                                + " character U+202E, which can change how it reads: delete it"),
                bad("a place with 3,000 aliases", write(PLACE, "name: Sochi\nkind: city\naliases: ["
                                + java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "\"Sochi spelling " + i + "\"")
                                .collect(java.util.stream.Collectors.joining(", ")) + "]\ndescription: The city.[^sohr-2019-02-16]\n"),
                        PLACE + ":3:10: error: 'aliases' has 3000 entries; at most 50: keep the spellings readers search by"),
                // site.yaml is under the content's promise (issue 31, F10).
                bad("quotes setting misspelt", replace("site.yaml", "quotes: optional", "quotes: requried"),
                        "site.yaml:20:9: error: 'quotes' is 'requried' (did you mean 'required'?); it must be one of: required, optional"),
                bad("the cards setting not a boolean", replace("site.yaml", "quotes: optional", "quotes: optional\nsocial_cards: no cards"),
                        "site.yaml:21:15: error: 'social_cards' must be a boolean, not a string"),
                bad("a control character in the site's title", replace("site.yaml", "title: Idlib Chronicle", "title: \"Idlib\\x01Chronicle\""),
                        "site.yaml:5:8: error: 'title' contains the invisible control character U+0001"),
                bad("a site title YAML reads as a boolean", replace("site.yaml", "title: Idlib Chronicle", "title: No"),
                        "site.yaml:5:8: error: 'title' must be a string, not a boolean"),
                // Query synonyms (issue 29): single words that the search keeps, in groups of two or more.
                bad("a query synonym of two words", replace("site.yaml", "\n# The topic whose", "\n  synonyms:\n    - [capture, shoot down]\n# The topic whose"),
                        "site.yaml:15:17: error: 'search.synonyms.0.1' is 'shoot down'"),
                bad("a query synonym group of one word", replace("site.yaml", "\n# The topic whose", "\n  synonyms:\n    - [capture]\n# The topic whose"),
                        "site.yaml:15:7: error: 'search.synonyms.0'"),
                bad("a query synonym the search ignores", replace("site.yaml", "\n# The topic whose", "\n  synonyms:\n    - [take, the]\n# The topic whose"),
                        "site.yaml: error: search: synonyms: group 1 [take, the]: 'the' is a word the search ignores (a stop word):"
                                + " list single words that carry meaning"),
                bad("a misspelt setting", replace("site.yaml", "title: Idlib Chronicle", "title: Idlib Chronicle\ntitel: Idlib"),
                        "site.yaml:6:1: error: unknown field 'titel' (did you mean 'title'?)"),
                bad("a setting given twice", replace("site.yaml", "title: Idlib Chronicle", "title: Idlib Chronicle\ntitle: Other"),
                        "site.yaml:6:1: error: duplicate key 'title' (first given on line 5)"),
                // Quotes (issue 25): each is checked against the document its source was read in.
                bad("quote changed by one word shows the nearest passage",
                        replace(EVENT, "\"create a buffer zone in Idlib\"", "\"create a peace zone in Idlib\""),
                        EVENT + ":17:41: error: quote not found in 'Idlib Agreement Turkey Russia', the document"
                                + " 'text-idlib-agreement-turkey-russia' is read in; its text is not archived, and no 5 words"
                                + " in a row of the quote are in it; copy the document's words exactly"),
                bad("quote changed by one word in an archived document shows the nearest passage",
                        replace(EVENT, "\"to be patrolled by military forces", "\"to be guarded by military forces"),
                        EVENT + ":18:33: error: quote not found in 'Idlib demilitarization (2018–2019)', the document"
                                + " 'enc-idlib-demilitarization' is read in; nearest passage: \"to be patrolled by military"
                                + " forces from Russia and Turkey\"; copy the document's words exactly"),
                bad("quote from another document names that document",
                        replace(EVENT, "\"to be patrolled by military forces from Russia and Turkey\"",
                                "\"said he hoped their deal would lead to a halt to military action\""),
                        EVENT + ":18:33: error: quote not found in 'Idlib demilitarization (2018–2019)', the document"
                                + " 'enc-idlib-demilitarization' is read in; these words are in 'Idlib Agreement Turkey Russia'"
                                + " (content/documents/text-idlib-agreement-turkey-russia.yaml): cite the source read in that"
                                + " document, or quote 'Idlib demilitarization (2018–2019)'"),
                bad("quote in no document", replace(EVENT, "\"to be patrolled by military forces from Russia and Turkey\"",
                                "\"the zone would be watched by drones\""),
                        EVENT + ":18:33: error: quote not found in 'Idlib demilitarization (2018–2019)'"),
                bad("claim quote not in its document", replace(CLAIMS, "at least 18 people were killed", "at least 19 people were killed"),
                        CLAIMS + ":19:12: error: quote not found in 'Idlib demilitarization (2018–2019)', the document"
                                + " 'sohr-2019-02-16' is read in; nearest passage: \"SOHR reported that at least 18 people were"
                                + " killed and many more injured\""),
                bad("quote too short to say which passage", replace(EVENT, "\"create a buffer zone in Idlib\"", "\"Idlib\""),
                        EVENT + ":17:41: error: quote \"Idlib\" is too short to say which passage it is: quote at least 3 words"),
                bad("citation without a quote where quotes are required",
                        replace("site.yaml", "quotes: optional", "quotes: required"),
                        "content/actors/hts.yaml"),
                bad("document publishing a text of unknown licence",
                        replace("content/documents/text-idlib-agreement-turkey-russia.yaml", "digests: |", "text: |"),
                        "content/documents/text-idlib-agreement-turkey-russia.yaml:2:1: error: document"
                                + " 'text-idlib-agreement-turkey-russia' has licence 'unknown', so its text may not be republished"),
                bad("footnote definition never referenced", f -> f.write(EVENT, f.read(EVENT) + "\n[^aside]: An unused note.\n"),
                        EVENT + ":21:1: error: footnote [^aside] is defined but never referenced"),
                bad("javascript: URL in a source", f -> f.write(SOURCE, f.read(SOURCE) + "url: javascript:alert(1)\n"),
                        SOURCE + ":6:6: error: 'url' is 'javascript:alert(1)'; expected an absolute https:// address, like https://en.wikipedia.org/wiki/Idlib"),
                bad("ftp: URL in a source", f -> f.write(SOURCE, f.read(SOURCE) + "url: ftp://example.org/x\n"),
                        SOURCE + ":6:6: error: 'url' is 'ftp://example.org/x'"),
                bad("http: URL in a source", f -> f.write(SOURCE, f.read(SOURCE) + "url: http://en.wikipedia.org/wiki/Idlib\n"),
                        SOURCE + ":6:6: error: 'url' is 'http://en.wikipedia.org/wiki/Idlib'; expected an absolute https:// address"),
                bad("relative URL in a source", f -> f.write(SOURCE, f.read(SOURCE) + "url: /wiki/Idlib\n"),
                        SOURCE + ":6:6: error: 'url' is '/wiki/Idlib'; expected an absolute https:// address"),
                bad("broken percent escape in a source URL", f -> f.write(SOURCE, f.read(SOURCE) + "url: https://en.wikipedia.org/wiki/A%E2%8\n"),
                        SOURCE + ":6:6: error: 'https://en.wikipedia.org/wiki/A%E2%8' is not an absolute https address: write it as https://host/path"),
                bad("javascript: link in Markdown", replace(EVENT, "(place:idlib-governorate)", "(javascript:alert(1))"),
                        EVENT + ":13:54: error: link 'javascript:alert(1)' rejected: javascript: links are not allowed"),
                bad("../ in an id", replace(EVENT, "places: [sochi,", "places: [../../etc,"),
                        EVENT + ":6:10: error: 'places.0' is '../../etc'; expected lowercase letters, digits and single hyphens"),
                bad("file name is not an id", f -> f.write("content/places/Saraqib.yaml", "name: Saraqib\nkind: city\ndescription: A city.[^sohr-2019-02-16]\n"),
                        "content/places/Saraqib.yaml: error: file name 'Saraqib.yaml' is not a valid id"),
                bad("empty file", write(PLACE, "\n\n"), PLACE + ":1:1: error: file is empty"),
                bad("a field indented one space too far", replace(CLAIMS, "    unit: killed", "     unit: killed"),
                        CLAIMS + ":16:10: error: invalid YAML: this line is indented 5 spaces and the field above it 4:"
                                + " YAML reads indentation as structure, so line the key up with the other fields of its"
                                + " block (4 spaces)"),
                bad("a list item's dash at the margin", replace(CLAIMS, "  - claimant: sohr", "- claimant: sohr"),
                        "or, if the other fields of this item are at 4 too, indent the '- ' of line 13 by 2 more (to 2 spaces)"),
                bad("a top-level field indented", replace(CLAIMS, "\nplaces: ", "\n  places: "),
                        CLAIMS + ":6:9: error: invalid YAML: this line is indented 2 spaces and the field above it 0"),
                bad("a figure with a thousands comma", replace(CLAIMS, "    value: 18", "    value: 1,200"),
                        CLAIMS + ":14:12: error: 'claims.0.value' must be a number, not a string: write 1200, without the"
                                + " comma (YAML reads '1,200' as a text)"),
                bad("a place saved in the topics folder", f -> f.write("content/topics/sochi-city.yaml", f.read(PLACE)),
                        "content/topics/sochi-city.yaml:1:1: error: this file has the fields of a place, not of a topic:"
                                + " move it to content/places/sochi-city.yaml"),
                bad("a figure with spaces between thousands", replace(CLAIMS, "    value: 18", "    value: 1 200"),
                        CLAIMS + ":14:12: error: 'claims.0.value' must be a number, not a string: write 1200, without the spaces"),
                bad("a figure in quotation marks", replace(CLAIMS, "    value: 18", "    value: \"18\""),
                        CLAIMS + ":14:12: error: 'claims.0.value' must be a number, not a string: write 18 without quotation marks"),
                bad("a link in a summary", replace(CLAIMS, "summary: SOHR counted at least 18 people killed",
                                "summary: SOHR counted at least 18 people killed in [Ma'arrat](place:maarat-al-numan)"),
                        CLAIMS + ":5:10: error: the summary is plain text, where the link [Ma'arrat](place:maarat-al-numan) would be"
                                + " published as written: write 'Ma'arrat' without the link"),
                bad("a quote under a label that is no source id", f -> f.write(CLAIMS, f.read(CLAIMS).replace("[^sohr-2019-02-16]",
                                "[^sohr-2019-02-17]")),
                        CLAIMS + ":23:1: error: footnote [^sohr-2019-02-17] quotes a source's words, but 'sohr-2019-02-17' is not a"
                                + " source id (did you mean 'sohr-2019-02-16'?)"),
                bad("an actor's id as the label of a quote", f -> f.write(CLAIMS, f.read(CLAIMS).replace("[^sohr-2019-02-16]",
                                "[^sohr]")),
                        CLAIMS + ":23:1: error: footnote [^sohr] quotes a source's words, but 'sohr' is the id of an actor, not of"
                                + " a source: use the id of the source's file in content/sources/ (named outlet-date, such as"
                                + " sohr-2019-02-16)"),
                bad("the template's placeholder as a footnote label", f -> f.write(CLAIMS, f.read(CLAIMS).replace("[^spelling]",
                                "[^replace-with-a-source-id]")),
                        "footnote [^replace-with-a-source-id]: 'replace-with-a-source-id' is the template's placeholder: replace it"
                                + " with the id of a source"),
                bad("the template's placeholder as a place", replace(CLAIMS, "places: [maarat-al-numan]", "places: [replace-with-a-place-id]"),
                        CLAIMS + ":6:10: error: 'replace-with-a-place-id' is the template's placeholder: replace it with the id of a"
                                + " place (its file's name in content/places/, without the extension)"),
                bad("a footnote in a summary", replace(CLAIMS, "summary: SOHR counted at least 18 people killed",
                                "summary: SOHR counted at least 18 people killed[^spelling]"),
                        CLAIMS + ":5:10: error: the summary is plain text, where the footnote [^spelling] would be"
                                + " published as written: remove it, and cite the source in the text"),
                bad("only a comment", write(PLACE, "# to be written\n"), PLACE + ":1:1: error: no fields found"),
                bad("nesting past the reader's limit", write(PLACE, "name: Sochi\nkind: city\nnote: " + "[".repeat(1001)
                                + "]".repeat(1001) + "\n"),
                        PLACE + ":3:1007: error: invalid YAML"),
                bad("location without a source", replace(LOCATED, LOCATION, "location: {lat: 35.6483, lon: 36.67693}"),
                        LOCATED + ":6:11: error: missing required field 'source' in location"),
                bad("latitude out of range", replace(LOCATED, "lat: 35.6483", "lat: 135.6483"),
                        LOCATED + ":6:17: error: 'location.lat' is out of range: expected a latitude in decimal degrees"
                                + " from -90 to 90"),
                bad("longitude out of range", replace(LOCATED, "lon: 36.67693", "lon: -236.67693"),
                        LOCATED + ":6:31: error: 'location.lon' is out of range: expected a longitude in decimal degrees"
                                + " from -180 to 180"),
                bad("location outside the maps", replace(LOCATED, "lat: 35.6483", "lat: 63.6"),
                        LOCATED + ":6:11: error: 'location' (lat 63.6, lon 36.67693) lies outside the wider map the maps"
                                + " draw (latitude 29.0 to 58.0, longitude 20.0 to 76.0): check the numbers"),
                bad("latitude and longitude swapped", replace(LOCATED, "lat: 35.6483, lon: 36.67693", "lat: 38.1, lon: 36.0"),
                        LOCATED + ":6:11: error: 'location' (lat 38.1, lon 36.0) lies outside the region the maps"
                                + " draw (latitude 34.95 to 37.15, longitude 35.6 to 38.25): lat and lon look swapped"),
                bad("location in a record without a map region", f -> f.delete("maps/region.json"),
                        LOCATED + ":6:11: error: 'location' given, but the record has no map to draw it on: add"
                                + " maps/region.json"),
                bad("names from another gazetteer entry than the location", replace(LOCATED, "lang: ar, source: geonames, id: 167611",
                                "lang: ar, source: geonames, id: 167612"),
                        LOCATED + ":7:9: error: the name 'معرة النعمان' comes from geonames entry 167612, but 'location' from"
                                + " entry 167611: copy the names and the location from the same entry"),
                bad("a name's language not among those known", replace(LOCATED, "lang: ar,", "lang: tr,"),
                        LOCATED + ":7:38: error: 'names.0.lang' is 'tr'; it must be one of: ar, und-Arab"),
                bad("a place that is not a road lists places it runs through",
                        replace(LOCATED, "kind: city\n", "kind: city\nthrough: [sochi]\n"),
                        LOCATED + ":5:11: error: 'through' lists the places a road runs through, but this place is a city"),
                bad("UTF-8 BOM keeps line numbers", f -> f.writeBytes(PLACE, concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                                "name: Sochi\nkind: city\ncolour: red\ndescription: The city.[^sohr-2019-02-16]\n"
                                        .getBytes(StandardCharsets.UTF_8))),
                        PLACE + ":3:1: error: unknown field 'colour'"),
                bad("CRLF line ends keep line numbers", write(PLACE, "name: Sochi\r\nkind: city\r\ncolour: red\r\ndescription: The city.[^sohr-2019-02-16]\r\n"),
                        PLACE + ":3:1: error: unknown field 'colour'"),
                bad("invalid UTF-8 bytes", f -> f.writeBytes(PLACE, concat("name: Sochi\nkind: city\ndescription: Ab".getBytes(StandardCharsets.UTF_8),
                                new byte[] {(byte) 0xc3, (byte) 0x28}, "\n".getBytes(StandardCharsets.UTF_8))),
                        PLACE + ":3:16: error: file is not valid UTF-8"),
                bad("very large file", write(PLACE, "name: Sochi\nkind: city\ndescription: |\n" + "  Long text. ".repeat(60_000) + "\n"),
                        PLACE + ":1:1: error: file is 761 KB; content files may be at most 512 KB"),
                bad("missing front matter", write("content/events/2019/2019-03-01-no-front-matter.md", "Just text.\n"),
                        "content/events/2019/2019-03-01-no-front-matter.md:1:1: error: missing front matter"),
                bad("front matter not closed", write("content/events/2019/2019-03-01-unclosed.md", "---\ntitle: x\n"),
                        "content/events/2019/2019-03-01-unclosed.md:1:1: error: front matter is not closed"),
                bad("body field in a Markdown event", replace(EVENT, "tags: [diplomacy]", "tags: [diplomacy]\nbody: twice"),
                        EVENT + ":12:1: error: 'body' is only for .yaml events"),
                bad("claim with both value and range", replace(CLAIMS, "    value: 18", "    value: 18\n    min: 10\n    max: 20"),
                        CLAIMS + ":13:5: error: a claim needs either 'value', or 'min' and 'max' for a range (not both)"),
                bad("claim range upside down", replace(CLAIMS, "    value: 18", "    min: 20\n    max: 10"),
                        CLAIMS + ":15:10: error: 'max' (10) is below 'min' (20)"),
                bad("negative figure", replace(CLAIMS, "    value: 18", "    value: -18"),
                        CLAIMS + ":14:12: error: 'claims.0.value' must not be negative"),
                bad("unknown claimant", replace(CLAIMS, "  - claimant: sohr", "  - claimant: sohrr"),
                        CLAIMS + ":13:15: error: unknown actor 'sohrr' (did you mean 'sohr'?)"),
                bad("unknown claim source", replace(CLAIMS, "    source: sohr-2019-02-16", "    source: sohr-2019-02-61"),
                        CLAIMS + ":18:13: error: unknown source 'sohr-2019-02-61' (did you mean 'sohr-2019-02-16'?)"),
                bad("invalid agreement status", replace(AGREEMENT, "status: collapsed", "status: colapsed"),
                        AGREEMENT + ":9:9: error: 'status' is 'colapsed' (did you mean 'collapsed'?)"),
                bad("event in the wrong year folder", f -> f.write("content/events/2019/2018-11-01-misplaced.md", String.format(MIN_EVENT, "2018-11-01")),
                        "content/events/2019/2018-11-01-misplaced.md:3:7: error: event dated 2018-11-01 is in folder 2019/"),
                bad("file name date differs from date", replace(EVENT, "date: 2018-09-17", "date: 2018-09-18"),
                        EVENT + ":4:7: error: date 2018-09-18 does not match the file name"),
                bad(".yml extension", write("content/actors/un.yml", "name: UN\nkind: un-body\n"),
                        "content/actors/un.yml: error: unexpected file in content/actors/: actors are .yaml files (rename .yml to .yaml)"),
                bad("registry file in a subfolder", write("content/actors/extra/un.yaml", "name: UN\nkind: un-body\n"),
                        "content/actors/extra/un.yaml: error: actors files go directly in content/actors/"),
                bad("duplicate YAML key", write(PLACE, "name: Sochi\nkind: city\nname: Sotchi\ndescription: The city.[^sohr-2019-02-16]\n"),
                        PLACE + ":3:1: error: duplicate key 'name' (first given on line 1)"),
                bad("unknown via", replace(SOURCE, "via: enc-idlib-demilitarization", "via: enc-idlib"),
                        SOURCE + ":5:6: error: unknown source 'enc-idlib' (did you mean 'enc-idlib-demilitarization'?)"),
                bad("image in Markdown", replace(EVENT, "The two presidents", "![map](https://example.org/map.png) The two presidents"),
                        EVENT + ":13:1: error: link 'image:https://example.org/map.png' rejected: images are not accepted"),
                bad("link without a scheme", replace(EVENT, "(place:idlib-governorate)", "(../places/idlib.html)"),
                        EVENT + ":13:54: error: link '../places/idlib.html' rejected: links must be item links"),
                bad("unknown item in a link", replace(EVENT, "(place:idlib-governorate)", "(place:idleb)"),
                        EVENT + ":13:54: error: unknown place 'idleb'"),
                bad("event citing nothing", write("content/events/2019/2019-03-02-uncited.md", String.format(MIN_EVENT, "2019-03-02").replace("[^sohr-2019-02-16]", "")),
                        "content/events/2019/2019-03-02-uncited.md:2:1: error: event cites no source"),
                bad("summary too short", replace(EVENT, "summary: The Russian and Turkish presidents agreed to create a demilitarized buffer zone in Idlib.", "summary: Agreed."),
                        EVENT + ":5:10: error: 'summary' is too short"),
                bad("agreement relating to itself", replace(AGREEMENT, "status: collapsed", "status: collapsed\nrelations:\n  - kind: reaffirms\n    agreement: sochi-memorandum-2018"),
                        AGREEMENT + ":12:16: error: an agreement cannot reaffirms itself"),
                bad("an actor named like the actors index", write("content/actors/index.yaml", "name: Index\nkind: armed-group\ndescription: A group.[^sohr-2019-02-16]\n"),
                        "content/actors/index.yaml:1:1: error: actor id 'index' is reserved for the site's own pages"),
                bad("a place named like the search page", write("content/places/search.yaml",
                                "name: Search\nkind: city\ndescription: A town.[^sohr-2019-02-16]\n"),
                        "content/places/search.yaml:1:1: error: place id 'search' is reserved for the site's own pages"),
                bad("a character reference to a control character", replace(EVENT, "The two presidents", "The&#x7; two presidents"),
                        EVENT + ":13:4: error: character reference '&#x7;' stands for the invisible control character U+0007"),
                bad("a mapping where a list is expected", replace(EVENT, "tags: [diplomacy]", "tags:\n  diplomacy: yes"),
                        EVENT + ":12:3: error: 'tags' must be a list, not a mapping"),
                // Huge or finely divided figures: valid YAML numbers that no page or export can print.
                bad("claim figure 1e999999999", replace(CLAIMS, "    value: 18", "    value: 1e999999999"),
                        CLAIMS + ":14:12: error: 'claims.0.value' is larger than any reported figure (at most 1000000000000)"),
                bad("claim figure 1e100000 as a range's max", replace(CLAIMS, "    value: 18", "    min: 10\n    max: 1e100000"),
                        CLAIMS + ":15:10: error: 'claims.0.max' is larger than any reported figure"),
                bad("claim figure with three decimals", replace(CLAIMS, "    value: 18", "    value: 18.125"),
                        CLAIMS + ":14:12: error: 'claims.0.value' has 3 decimal places; a figure may have at most 2"),
                bad("claim figure 1e-100000", replace(CLAIMS, "    value: 18", "    value: 1e-100000"),
                        CLAIMS + ":14:12: error: 'claims.0.value' has 100000 decimal places"),
                // Line breaks only YAML sees: positions after them stay where an editor shows them.
                bad("U+2028 in a quoted value keeps later lines", write(PLACE,
                                "name: \"Sochi\u2028city\"\nkind: city\ncolour: red\ndescription: The city.[^sohr-2019-02-16]\n"),
                        PLACE + ":3:1: error: unknown field 'colour'"),
                bad("U+2029 in a quoted value keeps later lines", write(PLACE,
                                "name: 'Sochi\u2029city'\nkind: city\ncolour: red\ndescription: The city.[^sohr-2019-02-16]\n"),
                        PLACE + ":3:1: error: unknown field 'colour'"),
                bad("U+0085 in a quoted value keeps later lines", write(PLACE,
                                "name: \"Sochi\u0085city\"\nkind: city\ncolour: red\ndescription: The city.[^sohr-2019-02-16]\n"),
                        PLACE + ":3:1: error: unknown field 'colour'"),
                bad("U+2028 keeps the columns of its own line", write(PLACE,
                                "{name: \"So\u2028chi\", colour: red, kind: city, description: \"The city.[^sohr-2019-02-16]\"}\n"),
                        PLACE + ":1:18: error: unknown field 'colour'"),
                bad("invalid UTF-8 in a file with CR line ends", f -> f.writeBytes(PLACE, concat("name: Sochi\rkind: city\rdescription: Ab".getBytes(StandardCharsets.UTF_8),
                                new byte[] {(byte) 0xc3, (byte) 0x28}, "\r".getBytes(StandardCharsets.UTF_8))),
                        PLACE + ":3:16: error: file is not valid UTF-8"),
                // Aliases: an alias would be published as its anchor's name.
                bad("YAML alias", write(PLACE, "name: &gov Sochi\nkind: city\ngovernorate: *gov\ndescription: The city.[^sohr-2019-02-16]\n"),
                        PLACE + ":3:14: error: YAML alias '*gov' in 'governorate': aliases are not supported; write the value out in full"),
                bad("YAML merge key", replace(CLAIMS, "claims:\n  - claimant: sohr", "claims:\n  - &c\n    claimant: sohr")
                                .andThen(replace(CLAIMS, "---\nGovernment", "  - <<: *c\n---\nGovernment")),
                        CLAIMS + ":21:9: error: YAML alias '*c' in 'claims.1.<<'"),
                bad("YAML alias as a key", write(PLACE, "name: &k kind\n*k : city\ndescription: The city.[^sohr-2019-02-16]\n"),
                        PLACE + ":2:3: error: invalid YAML: a YAML alias (*name) where a key is expected"),
                // Invisible control characters: the feed would not be XML, NUL would reach the pages.
                bad("control character U+0007 in a title", replace(EVENT, "title: Putin and", "title: Putin\u0007 and"),
                        EVENT + ":3:13: error: invisible control character U+0007 (BEL) in the text: delete it"),
                bad("DEL in a YAML file", write(PLACE, "name: Sochi\nkind: city\ndescription: The \u007f city.[^sohr-2019-02-16]\n"),
                        PLACE + ":3:18: error: invisible control character U+007F (DEL)"),
                bad("a C1 control in the Markdown body", replace(EVENT, "The two presidents", "The two\u009b presidents"),
                        EVENT + ":13:8: error: invisible control character U+009B (CSI) in the text"),
                bad("NUL in the Markdown body", replace(EVENT, "The two presidents", "The two\0 presidents"),
                        EVENT + ":13:8: error: invisible control character U+0000 (NUL) in the text"),
                bad("U+FFFF in a name", replace(PLACE, "name: Sochi", "name: Soc" + (char) 0xFFFF + "hi"),
                        PLACE + ":2:10: error: invisible control character U+FFFF in the text"),
                bad("several control characters in one file", replace(PLACE, "name: Sochi", "name: \u001bSo\u000bchi\u0001"),
                        PLACE + ":2:7: error: invisible control character U+001B (ESC) in the text (and 2 more in this file)"),
                bad("control character written as a YAML escape", replace(PLACE, "name: Sochi", "name: \"So\\u0007chi\""),
                        PLACE + ":2:7: error: 'name' contains the invisible control character U+0007 (BEL) (written as an escape such as \\u0007)"),
                bad("control character escaped in a key", replace(PLACE, "kind: city", "kind: city\n\"a\\x01\": x"),
                        PLACE + ":4:1: error: a key contains the invisible control character U+0001"),
                // Ids name files: longer ones than a file system takes fail at write time.
                bad("251-character event id", write("content/events/2019/2019-03-01-" + "a".repeat(240) + ".md", String.format(MIN_EVENT, "2019-03-01")),
                        "content/events/2019/2019-03-01-" + "a".repeat(240) + ".md: error: file name '2019-03-01-" + "a".repeat(240)
                                + ".md' makes an id of 251 characters; ids may have at most 100"),
                bad("101-character actor id", write("content/actors/" + "b".repeat(101) + ".yaml", "name: B\nkind: armed-group\n"),
                        "content/actors/" + "b".repeat(101) + ".yaml: error: file name '" + "b".repeat(101)
                                + ".yaml' makes an id of 101 characters; ids may have at most 100"),
                bad("101-character reference", replace(EVENT, "places: [sochi,", "places: [" + "c".repeat(101) + ","),
                        EVENT + ":6:10: error: 'places.0' is too long (101 characters)"),
                bad("backslash in a file name", write("content/places/a\\b.yaml", "name: A\nkind: city\n"),
                        "content/places/a\\b.yaml: error: file name 'a\\b.yaml' is not a valid id"),
                // Former ids: an old address leads to one page, and never over another output.
                bad("former id that is the item's own id", replace(PLACE, "kind: city", "kind: city\nformer_ids: [sochi]"),
                        PLACE + ":4:14: error: former id 'sochi' is the id of this place now, so its address is that"
                                + " page, not a redirect: remove 'sochi' from former_ids"),
                bad("former id that is another item's id",
                        replace(PLACE, "kind: city", "kind: city\nformer_ids: [old-sochi, maarat-al-numan]"),
                        PLACE + ":4:25: error: former id 'maarat-al-numan' is the id of content/places/maarat-al-numan.yaml"
                                + " now, so its address is that page, not a redirect: remove 'maarat-al-numan' from former_ids"),
                bad("former id declared by two items", replace(PLACE, "kind: city", "kind: city\nformer_ids: [old-name]")
                                .andThen(replace("content/places/idlib-governorate.yaml", "kind:",
                                        "former_ids:\n  - old-name\nkind:")),
                        ": error: former id 'old-name' is declared twice (also at "),
                bad("former id listed twice in one item", replace(PLACE, "kind: city", "kind: city\nformer_ids: [old, old]"),
                        PLACE + ":4:13: error: 'former_ids' lists the same entry twice: remove the repeat"),
                bad("former id on another output's address", replace(ACTOR, "kind: monitor", "kind: monitor\nformer_ids: [index]"),
                        ACTOR + ":5:14: error: two pages would be written to actors/index.html: the redirect from this"
                                + " former id and the Actors page: remove this former id (that address is taken)"),
                bad("event former id without its date", replace(EVENT, "places:", "former_ids: [sochi-agreed]\nplaces:"),
                        EVENT + ":6:14: error: 'former_ids.0'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isReportedWithFileLineAndFixAndLeavesTheSiteAlone(String name, Consumer<Fixture> mutation, String expected)
            throws IOException {
        Fixture f = Fixture.in(tmp);
        Fixture.copyTree(good.site(), f.site());
        mutation.accept(f);

        BuildFailedException e = assertThrows(BuildFailedException.class, f::build, name);

        assertTrue(f.log().contains(expected), () -> "expected «" + expected + "» in:\n" + f.log());
        assertFalse(f.log().contains("\tat "), "no stack trace");
        assertFalse(e.problems().isEmpty());
        good.assertSameAs(f.site(), "site/");
    }

    @Test
    void aRegionWithAnOddOutlineIsAMistakeInTheRegionFileNotABugInTheGenerator() throws Exception {
        Fixture f = Fixture.in(tmp);
        replace("maps/region.json", "\"land\":[[", "\"land\":[[1,").accept(f);
        BuildFailedException e = assertThrows(BuildFailedException.class, f::build);
        String problem = e.problems().get(0).toString();
        assertTrue(problem.startsWith("maps/region.json:1:" + (column(f, "\"land\":[[") + 8) + ": error: 'land[0]' has "),
                problem);
        assertTrue(problem.contains("numbers; an outline is longitude, latitude pairs"), problem);
        assertFalse(f.log().contains("bug"), f.log());
    }

    /** Issue 31 (F17): a region file that is not JSON, or holds a value of the wrong type, is located too. */
    @Test
    void aRegionFileThatIsNotJsonSaysWhere() throws Exception {
        Fixture f = Fixture.in(tmp);
        java.nio.file.Path file = f.root().resolve("maps/region.json");
        java.nio.file.Files.writeString(file, "{\n  \"name\": \"x\",\n  \"bounds\": {\"west\": \"far\"}\n}\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, f::build);
        assertTrue(e.problems().get(0).toString().startsWith("maps/region.json:3:"), e.problems().toString());
        java.nio.file.Files.writeString(file, "{\n  \"name\": \"x\",\n  \"bounds\": {\"west\": 35.6, \"south\": 37, "
                + "\"east\": 38, \"north\": 36},\n  \"land\": []\n}\n");
        e = assertThrows(BuildFailedException.class, f::build);
        assertEquals(1, e.problems().size(), "one error, not one more for every located place: " + e.problems());
        assertTrue(e.problems().get(0).toString().startsWith("maps/region.json:3:13: error: 'bounds' must be"),
                e.problems().toString());
    }

    /** The column (from 1) where {@code text} starts on the region file's first line. */
    private static int column(Fixture f, String text) throws Exception {
        return java.nio.file.Files.readString(f.root().resolve("maps/region.json")).indexOf(text) + 1;
    }

    @Test
    void anIndentedRuleInsideABlockScalarDoesNotCloseTheFrontMatter() throws Exception {
        Fixture f = Fixture.in(tmp);
        String quoted = "    quote: 'SOHR reported that at least 18 people were killed and many more injured'\n";
        replace(CLAIMS, quoted, quoted + "    note: |\n      Figures as given at the press conference.\n\n      ---\n\n"
                + "      The ministry later revised the list (ZZTAIL).\n").accept(f);
        f.build();
        String page = java.nio.file.Files.readString(f.site().resolve("events/2019/2019-02-16-shelling-maarat-al-numan.html"));
        assertTrue(page.contains("ZZTAIL"), "the whole note is published");
        assertFalse(page.matches("(?s).*<code>[^<]*ZZTAIL.*"), "no part of the front matter is published as code in the text");
    }

    @Test
    void anImpossibleDateIsOneErrorNotACascade() {
        Fixture f = Fixture.in(tmp);
        replace(EVENT, "date: 2018-09-17", "date: 2018-09-31").accept(f);
        assertThrows(BuildFailedException.class, f::build);
        assertTrue(f.log().contains(EVENT + ":4:7: error: '2018-09-31' is not a real date (September 2018 has 30 days)"),
                f.log());
        assertTrue(f.log().contains("\n1 error, "), "no second error about the file name: " + f.log());
    }

    @Test
    void allProblemsAreReportedInOneRun() {
        Fixture f = Fixture.in(tmp);
        replace(EVENT, "places: [sochi,", "places: [sochii,").accept(f);
        replace(ACTOR, "kind: monitor", "kind: watchdog").accept(f);
        replace(CLAIMS, "  - claimant: sohr", "  - claimant: sohrr").accept(f);
        assertThrows(BuildFailedException.class, f::build);
        assertTrue(f.log().contains(EVENT + ":6:10:"), f.log());
        assertTrue(f.log().contains(ACTOR + ":4:7:"), f.log());
        assertTrue(f.log().contains("3 errors, "), f.log());
    }

    @Test
    void htmlInTitlesSummariesAndAliasesIsEscapedNotRejected() throws Exception {
        Fixture f = Fixture.in(tmp);
        replace(EVENT, "title: Putin and Erdogan agree on a buffer zone in Idlib",
                "title: \"<script>alert('t')</script> Putin & Erdogan\"").accept(f);
        replace(EVENT, "summary: The Russian", "summary: <img src=x onerror=alert(1)> The Russian").accept(f);
        replace("content/actors/hts.yaml", "aliases: [Tahrir al-Sham,", "aliases: [\"<b>bold</b>\", Tahrir al-Sham,").accept(f);
        replace(EVENT, "The two presidents", "<script>alert(2)</script> The two presidents").accept(f);
        f.build();
        Document event = Jsoup.parse(f.site().resolve("events/2018/2018-09-17-sochi-memorandum-agreed.html").toFile(), "UTF-8");
        // The only scripts are the page's JSON-LD and the site's search loader, and the title inside it cannot close it.
        assertTrue(event.select("script:not([type=application/ld+json]):not([src*=assets/js/search-loader.])").isEmpty(),
                "no script element reaches the page");
        String jsonLd = event.selectFirst("script[type=application/ld+json]").data();
        assertFalse(jsonLd.contains("</script"), jsonLd);
        assertEquals("<script>alert('t')</script> Putin & Erdogan",
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonLd).get("name").asText());
        assertTrue(event.select("img").isEmpty());
        assertEquals("<script>alert('t')</script> Putin & Erdogan", event.selectFirst("h1").text());
        assertTrue(event.selectFirst(".body").text().contains("<script>alert(2)</script>"));
        Document actor = Jsoup.parse(f.site().resolve("actors/hts.html").toFile(), "UTF-8");
        assertTrue(actor.select("main b").isEmpty());
        assertTrue(actor.text().contains("<b>bold</b>"));
    }

    /** Every way Markdown can spell a link, with a javascript: address (and the line it is reported on). */
    static Stream<Arguments> javascriptLinks() {
        return Stream.of(
                Arguments.of("inline", "[a](javascript:alert(1))", 0),
                Arguments.of("upper case", "[a](JavaScript:alert(1))", 0),
                Arguments.of("entity-encoded", "[a](jav&#x61;script:alert(1))", 0),
                Arguments.of("percent-encoded", "[a](javascript%3Aalert(1))", 0),
                Arguments.of("padded", "[a](  javascript:alert(1)  )", 0),
                Arguments.of("reference", "[a][r]\n\n[r]: javascript:alert(1)\n", 2),
                Arguments.of("autolink", "<javascript:alert(1)>", 0),
                Arguments.of("image", "![a](javascript:alert(1))", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("javascriptLinks")
    void aJavascriptAddressIsRejectedWithItsFileAndLine(String name, String markdown, int lineOffset) {
        Fixture f = Fixture.in(tmp);
        String text = f.read(EVENT);
        int line = (int) text.chars().filter(c -> c == '\n').count() + 2 + lineOffset;
        f.write(EVENT, text + "\n" + markdown + "\n");
        assertThrows(BuildFailedException.class, f::build, name);
        assertTrue(f.log().contains(EVENT + ":" + line + ":"), "rejected at line " + line + ": " + f.log());
        assertTrue(f.log().contains("rejected"), f.log());
    }

    /**
     * Texts nested too deeply to render (they used to overflow the stack and crash the build), as a
     * body line appended to an event: the line's offset from the appended text's first line, the
     * column reported, and the message.
     */
    static Stream<Arguments> tooDeeplyNested() {
        StringBuilder indentedList = new StringBuilder();
        for (int level = 0; level < 600; level++) indentedList.append("  ".repeat(level)).append("- item\n");
        return Stream.of(
                Arguments.of("10,000 nested block quotes", ">".repeat(10_000) + " x", 0, 33,
                        "error: text is nested 10000 levels deep on one line; content may nest at most 32"),
                Arguments.of("5,000 nested list items on one line", "- ".repeat(5_000) + "x", 0, 65,
                        "error: text is nested 5000 levels deep on one line; content may nest at most 32"),
                Arguments.of("60,000 nested numbered lists on one line", "1. ".repeat(60_000), 0, 97,
                        "error: text is nested 60000 levels deep on one line; content may nest at most 32"),
                Arguments.of("200,000 underscores", "_".repeat(200_000), 0, 1,
                        "error: line repeats '_' 200000 times in a row; content may repeat a mark at most 200 times"),
                Arguments.of("600-level indented list", indentedList.toString(), 32, 65,
                        "error: text is nested 600 levels deep; content may nest at most 32"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooDeeplyNested")
    @Timeout(60)
    void aTextNestedTooDeeplyIsALocatedErrorAndOtherMistakesAreStillReported(String name, String markdown,
            int lineOffset, int column, String expected) {
        Fixture f = Fixture.in(tmp);
        Fixture.copyTree(good.site(), f.site());
        String text = f.read(EVENT);
        int line = (int) text.chars().filter(c -> c == '\n').count() + 2 + lineOffset;
        f.write(EVENT, text + "\n" + markdown + "\n");
        replace(ACTOR, "kind: monitor", "kind: watchdog").accept(f);

        assertThrows(BuildFailedException.class, f::build, name);

        String at = EVENT + ":" + line + ":" + column + ": ";
        assertTrue(f.log().contains(at + expected), () -> "expected «" + at + expected + "» in:\n" + f.log());
        assertTrue(f.log().contains(ACTOR + ":4:7:"), "the other mistake is reported too: " + f.log());
        assertTrue(f.log().contains("2 errors, "), f.log());
        assertFalse(f.log().contains("\tat "), "no stack trace");
        assertSiteUntouched(f);
    }

    /**
     * Paragraphs that took minutes (Flexmark copied the rest of the paragraph at each bracket):
     * they build, well within the timeout of a slow machine. Each stays under the file size limit.
     */
    static Stream<Arguments> longParagraphs() {
        return Stream.of(
                Arguments.of("12,000 links in one paragraph", "[Sochi](place:sochi) ".repeat(12_000)),
                Arguments.of("20,000 links in one paragraph", "[Sochi](place:sochi) ".repeat(20_000)),
                Arguments.of("60,000 unclosed links in one paragraph", "[x](".repeat(60_000)),
                Arguments.of("40,000 references to one note", "[^n]".repeat(40_000) + "\n\n[^n]: One note."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longParagraphs")
    @Timeout(60)
    void aLongParagraphBuilds(String name, String markdown) throws Exception {
        Fixture f = Fixture.in(tmp);
        f.write(EVENT, f.read(EVENT) + "\n" + markdown + "\n");
        f.build();
        assertTrue(Files.exists(f.site().resolve("events/2018/2018-09-17-sochi-memorandum-agreed.html")), name);
    }

    private static void assertSiteUntouched(Fixture f) {
        good.assertSameAs(f.site(), "site/");
        try (Stream<Path> beside = Files.list(f.root())) {
            assertTrue(beside.noneMatch(p -> p.getFileName().toString().startsWith(".site.build-")),
                    "no staging folder left beside site/");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Issue 27: the root cause alone. A topic file that cannot be read (a tab) made every claim of
     * its claim sets "unnamed", and those errors, in untouched events, came first.
     */
    @Test
    void aTopicFileThatCannotBeReadIsTheOnlyError() {
        Fixture f = Fixture.in(tmp);
        f.write("content/topics/shelling.yaml", f.read("content/topics/shelling.yaml").replace("\ndescription:", "\n\tdescription:"));
        BuildFailedException e = assertThrows(BuildFailedException.class, f::build);
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).toString().startsWith("content/topics/shelling.yaml:3:1: error: tab character"),
                e.problems().toString());
    }

    /**
     * Issue 26: a schema that is not JSON, or not a schema, is a mistake in the site's set-up,
     * located in the schema file ("is not a valid $id" said "this is a bug in the generator").
     */
    @Test
    void aBrokenSchemaIsLocatedInTheSchema() {
        Fixture f = Fixture.in(tmp);
        String schema = f.read("schemas/place.schema.json");
        f.write("schemas/place.schema.json", schema.replaceFirst("\\{", "{ \"title\": ,"));
        BuildFailedException e = assertThrows(BuildFailedException.class, f::build);
        assertTrue(e.problems().get(0).toString().startsWith("schemas/place.schema.json:1:"), e.problems().toString());
        assertTrue(e.problems().get(0).message().startsWith("the schema is not valid JSON"), e.problems().toString());
        f.write("schemas/place.schema.json", schema.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{ \"$id\": \"place.schema.json\",")));
        e = assertThrows(BuildFailedException.class, f::build);
        assertTrue(e.problems().get(0).toString().startsWith("schemas/place.schema.json:1:1: error: the file is not a JSON Schema"),
                e.problems().toString());
        assertFalse(f.log().contains("bug in the generator"), f.log());
    }

    /**
     * Issue 27 (the retrial's trap E): a claim whose quote does not give its figure is a warning at
     * the quote (a real sentence of the document that says nothing of the figure passed silently);
     * 'figure_reviewed:' says how a quote gives it where the build cannot see.
     */
    @Test
    void aQuoteThatDoesNotGiveItsFigureIsAWarning() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.write(CLAIMS, f.read(CLAIMS).replace("    value: 18", "    value: 40"));
        f.build();
        assertTrue(f.log().contains(CLAIMS + ":19:12: warning: the quote does not give the figure 40: quote the words that give it"),
                f.log());
        f.write(CLAIMS, f.read(CLAIMS).replace("    quote: 'SOHR", "    figure_reviewed: 'Forty, as the note explains.'\n    quote: 'SOHR"));
        f.build();
        assertFalse(f.log().contains("does not give the figure"), f.log());
        f.write(CLAIMS, f.read(CLAIMS).replace("    value: 40", "    value: 18").replace("    figure_reviewed: 'Forty, as the note explains.'\n", ""));
        f.build();
        assertFalse(f.log().contains("does not give the figure"), "at least 18: the quote gives it: " + f.log());
    }

    /**
     * Issue 27 (the recheck): an event whose only citation is a mistyped source id gets that one
     * error, not "event cites no source" above it; a note that quotes words but names no source is a
     * warning (it was published as an unchecked, unattributed quotation).
     */
    @Test
    void aMistypedCitationIsTheOneErrorAndAnUnsourcedQuotationInANoteAWarning() throws Exception {
        Fixture f = Fixture.in(tmp);
        String good = f.read(CLAIMS);
        String noClaims = good.substring(0, good.indexOf("claims:")) + good.substring(good.indexOf("---", good.indexOf("claims:")));
        f.write(CLAIMS, noClaims.replace("[^sohr-2019-02-16]", "[^sohr-2019-02-17]"));
        BuildFailedException e = assertThrows(BuildFailedException.class, f::build);
        assertFalse(e.problems().stream().anyMatch(p -> p.message().startsWith("event cites no source")), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("'sohr-2019-02-17' is not a source id")), e.problems().toString());
        f.write(CLAIMS, good.replace("[^spelling]: Town names", "[^spelling]: According to SOHR, \"sporadic Syrian government shelling"
                + " on the towns\" and more. Town names"));
        f.build();
        assertTrue(f.log().contains("warning: the note [^spelling] quotes words in quotation marks but cites no source"), f.log());
    }

    /** Issue 27: a fractional count ({@code 1.5} killed) is a warning at the claim; a measure (km) is not. */
    @Test
    void aFractionalCountIsAWarningAndAMeasureIsNot() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.write(CLAIMS, f.read(CLAIMS).replace("    value: 18", "    value: 1.5"));
        f.build();
        assertTrue(f.log().contains(CLAIMS + ":13:5: warning: the claim counts 1.5 killed: a count of people or things is"
                + " a whole number"), f.log());
        // and its quote does not give 1.5 either: two warnings, counted in the plural
        assertTrue(f.log().contains("0 errors, 2 warnings"), f.log());
        // (in the claim set named for the unit it had, so that only the unit changes)
        f.write(CLAIMS, f.read(CLAIMS).replace("    unit: killed", "    unit: km\n    topic: killed"));
        f.build();
        assertFalse(f.log().contains("the claim counts"), f.log());
    }

    @Test
    void aSourceNobodyCitesIsAWarningNotAnError() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.write("content/sources/tass-2020-01-10.yaml", "outlet: TASS\nkind: wire\ndate: 2020-01-10\n");
        f.build();
        assertTrue(f.log().contains("content/sources/tass-2020-01-10.yaml:1:1: warning: source 'tass-2020-01-10' is never cited"),
                f.log());
        assertEquals(1, f.log().split("is never cited", -1).length - 1, "printed once (issue 26: it was printed twice)");
        assertTrue(Files.exists(f.site().resolve("index.html")));
    }

    /**
     * Issue 26: a template that fails is a located mistake in templates/ (the site's set-up), not
     * "a bug in the generator": its file and line, Pebble's reason without Java class names, the
     * page it failed on, and the previous site kept.
     */
    @Test
    void aTemplateMistakeIsLocatedInTheTemplate() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        String before = Files.readString(f.site().resolve("index.html"));
        f.write("templates/event.peb", f.read("templates/event.peb").replaceFirst("event\\.item\\.title", "event.item.titel"));
        BuildFailedException e = assertThrows(BuildFailedException.class, f::build);
        assertEquals(1, e.problems().size(), e.problems().toString());
        String problem = e.problems().get(0).toString();
        assertTrue(problem.startsWith("templates/event.peb:7: error: in the template (making events/"), problem);
        assertTrue(problem.contains("Attribute [titel] of [Views.EventItem] does not exist"), problem);
        assertFalse(f.log().contains("bug in the generator") || f.log().contains("org.idlibchronicle"), f.log());
        assertTrue(e.getMessage().contains("in the record's files"), e.getMessage());
        assertEquals(before, Files.readString(f.site().resolve("index.html")), "the previous site is kept");
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
