package org.idlibchronicle.cite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idlibchronicle.config.SiteConfig;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

/**
 * "Cite this page": one page of the record as a reference, in the forms of {@link PageCitation}.
 * The author is the site (a corporate author, {@code site.yaml}'s title), the title the page's,
 * the address its permanent one when {@code site.yaml} gives the site's ({@code url:}; none is
 * invented otherwise), and the date the record's: when its content last changed in git, the same
 * for a given commit. Without that date the reference has none ("n.d." in the sentence), rather
 * than the day of the build, which would change the output of every build.
 *
 * <p>Titles keep the record's own capitals (see the constructor). The sentence and the CSL-JSON
 * come from citeproc-java (the Java CSL processor) with the
 * Chicago author-date style; the BibTeX entry from jbibtex's formatter. Not thread-safe: the plan
 * makes one and asks it for each page in turn.
 */
public final class CiteThisPage {
    private static final String STYLE = "/csl/chicago-author-date.csl";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final SiteConfig site;
    private final Optional<LocalDate> recordDate;
    /**
     * The style, parsed once in the process on the first page not made before (tens of
     * milliseconds: each dev-server rebuild that retitled a page with an apostrophe parsed it
     * again); each page's item is handed to it through {@link #current}. Used under the class's lock.
     */
    private static CSL csl;
    private static CSLItemData current;

    /** What a reference is made from: equal inputs make equal text. */
    private record Inputs(String siteId, String siteTitle, Optional<String> url, Optional<LocalDate> date, String key,
                          String title) {}

    /**
     * The references made so far in this process, so that the dev server's rebuilds and repeated
     * builds do not format again the pages whose title, address and date did not change (formatting
     * costs milliseconds a page; see BENCHMARKS.md). Bounded: emptied when it grows past the limit.
     */
    private static final Map<Inputs, PageCitation> MADE = new ConcurrentHashMap<>();
    private static final int MADE_LIMIT = 50_000;

    /** @param recordDate the day the record last changed (UTC), if the history tells it */
    public CiteThisPage(SiteConfig site, Optional<LocalDate> recordDate) {
        this.site = site;
        this.recordDate = recordDate;
        this.siteFitsShape = !STAND_INS.matcher(site.id() + " " + site.title()).find();
    }

    private static CSL csl() {
        if (csl != null) return csl;
        try (InputStream in = CiteThisPage.class.getResourceAsStream(STYLE)) {
            if (in == null) throw new IllegalStateException("the generator's jar has no " + STYLE);
            ItemDataProvider oneItem = new ItemDataProvider() {
                @Override
                public CSLItemData retrieveItem(String id) {
                    return current.getId().equals(id) ? current : null;
                }

                @Override
                public java.util.Collection<String> getIds() {
                    return java.util.List.of(current.getId());
                }
            };
            // The style writes English titles in headline case, which breaks names the record spells
            // with care ("Ma'arrat al-Nu'man" would become "Al-Nu'man"), and citeproc-java has no
            // <span class="nocase">: titles are kept as the record writes them.
            String style = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(" text-case=\"title\"", "");
            csl = new CSL(oneItem, style, "en-US");
            return csl;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reference to one page.
     *
     * @param key   a key unique in the site and stable across builds, e.g. {@code event-sochi-memorandum}
     * @param title the page's title
     * @param path  the page's site path, e.g. {@code events/2018/sochi.html}
     */
    public PageCitation of(String key, String title, String path) {
        Optional<String> url = site.absolute(path);
        Inputs inputs = new Inputs(site.id(), site.title(), url, recordDate, key, title);
        PageCitation made = MADE.get(inputs);
        if (made != null) return made;
        if (MADE.size() > MADE_LIMIT) MADE.clear();
        made = fitsShape(key, title, path) ? viaShape(key, title, path) : viaCiteproc(key, title, path);
        MADE.put(inputs, made);
        return made;
    }

    /*
     * The fast path. Formatting one reference with citeproc costs milliseconds, and a site has
     * thousands of pages that differ only in key, title and address. So citeproc formats one
     * reference for stand-ins, and each page whose key, title and path are made of characters that
     * every format passes through unchanged gets that reference with its own put in their place.
     * The characters are those for which citeproc changes nothing (it turns quotes and apostrophes
     * into typographic ones and moves punctuation inside quotation marks, so those go the slow way),
     * LaTeX and JSON need no escape, and RIS nothing collapsed; CiteThisPageShapeTest checks on
     * generated titles that both paths give the same four texts.
     */
    private static final String KEY_STAND_IN = "zqxkeyzqx";
    private static final String TITLE_STAND_IN = "Zqxtitlezqx";
    private static final String PATH_STAND_IN = "zqxpathzqx";
    /** A RIS line's value on one line; made once, not on each of a record's thousands of lines. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern STAND_INS = Pattern.compile(KEY_STAND_IN + "|" + TITLE_STAND_IN + "|" + PATH_STAND_IN);
    static final Pattern SHAPE_KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final Pattern SHAPE_TITLE = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N},:;()–-]| (?! ))*[\\p{L}\\p{N})]");
    static final Pattern SHAPE_PATH = Pattern.compile("[a-z0-9](?:[a-z0-9/._-]*[a-z0-9])?");
    /** citeproc's reference for the stand-ins, made on the first page that takes the fast path. */
    private PageCitation shape;
    /** False when the site's own id or title holds a stand-in, which filling in would replace too. */
    private final boolean siteFitsShape;

    private boolean fitsShape(String key, String title, String path) {
        return siteFitsShape && SHAPE_KEY.matcher(key).matches() && SHAPE_TITLE.matcher(title).matches()
                && SHAPE_PATH.matcher(path).matches();
    }

    /** The reference from {@link #shape}; only for key, title and path that {@link #fitsShape fit}. */
    PageCitation viaShape(String key, String title, String path) {
        if (shape == null) {
            // Kept with the pages made: a dev-server rebuild after a title edit would otherwise parse
            // the style again for the one page that changed (a tenth of such a rebuild).
            Inputs standIns = new Inputs(site.id(), site.title(), site.absolute(PATH_STAND_IN), recordDate,
                    KEY_STAND_IN, TITLE_STAND_IN);
            shape = MADE.get(standIns);
            if (shape == null) {
                shape = viaCiteproc(KEY_STAND_IN, TITLE_STAND_IN, PATH_STAND_IN);
                MADE.put(standIns, shape);
            }
        }
        Map<String, String> own = Map.of(KEY_STAND_IN, key, TITLE_STAND_IN, title, PATH_STAND_IN, path);
        java.util.function.UnaryOperator<String> fill = text -> STAND_INS.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(own.get(m.group())));
        return new PageCitation(fill.apply(shape.sentence()), fill.apply(shape.bibtex()), ris(title, site.absolute(path)),
                fill.apply(shape.cslJson()));
    }

    /** The reference formatted by citeproc and jbibtex, for any key, title and path. */
    PageCitation viaCiteproc(String key, String title, String path) {
        return make(key, title, site.absolute(path));
    }

    private PageCitation make(String key, String title, Optional<String> url) {
        String id = site.id() + "-" + key;
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(id).type(CSLType.WEBPAGE).title(title)
                .author(new CSLNameBuilder().literal(site.title()).build());
        url.ifPresent(item::URL);
        recordDate.ifPresent(d -> item.issued(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        CSLItemData data = item.build();
        return new PageCitation(sentence(data), bibtex(id, title, url), ris(title, url), cslJson(data));
    }

    private static synchronized String sentence(CSLItemData item) {
        current = item;
        CSL processor = csl();
        processor.reset();
        // reset() forgets the output format too: set it each time.
        processor.setOutputFormat("text");
        processor.registerCitationItems(item.getId());
        return processor.makeBibliography().makeString().strip();
    }

    private static String cslJson(CSLItemData item) {
        try {
            Object parsed = JSON.readTree((String) item.toJson(new StringJsonBuilderFactory().createJsonBuilder()));
            return JSON.writeValueAsString(java.util.List.of(parsed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String bibtex(String id, String title, Optional<String> url) {
        BibTeXEntry entry = new BibTeXEntry(BibTeXEntry.TYPE_MISC, new Key(id));
        // Double braces: a corporate author is one name, and a title keeps its capitals.
        entry.addField(BibTeXEntry.KEY_AUTHOR, braced("{" + latex(site.title()) + "}"));
        entry.addField(BibTeXEntry.KEY_TITLE, braced("{" + latex(title) + "}"));
        recordDate.ifPresent(d -> {
            entry.addField(BibTeXEntry.KEY_YEAR, braced(String.valueOf(d.getYear())));
            entry.addField(new Key("date"), braced(d.toString()));
        });
        url.ifPresent(u -> entry.addField(BibTeXEntry.KEY_URL, braced(u)));
        BibTeXDatabase database = new BibTeXDatabase();
        database.addObject(entry);
        StringWriter out = new StringWriter();
        BibTeXFormatter formatter = new BibTeXFormatter();
        formatter.setIndent("  ");
        try {
            formatter.format(database, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replace("\r\n", "\n").strip() + "\n";
    }

    private String ris(String title, Optional<String> url) {
        StringBuilder out = new StringBuilder();
        risLine(out, "TY", "ELEC");
        risLine(out, "AU", site.title());
        risLine(out, "TI", title);
        recordDate.ifPresent(d -> {
            risLine(out, "PY", String.valueOf(d.getYear()));
            risLine(out, "DA", String.format("%04d/%02d/%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        });
        url.ifPresent(u -> risLine(out, "UR", u));
        risLine(out, "ER", "");
        return out.toString();
    }

    /** A RIS line: two-letter tag, two spaces, hyphen, space; a value on one line. */
    private static void risLine(StringBuilder out, String tag, String value) {
        out.append(tag).append("  - ").append(WHITESPACE.matcher(value).replaceAll(" ").strip()).append('\n');
    }

    private static StringValue braced(String value) {
        return new StringValue(value, StringValue.Style.BRACED);
    }

    /** Escapes the characters (La)TeX gives a meaning; other Unicode is left to biber or inputenc. */
    static String latex(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
