package org.idlibchronicle.render.card;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.idlibchronicle.concurrent.Parallel;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.plan.PlannedPage;
import org.idlibchronicle.plan.SocialCard;

/**
 * The card stage: each planned card as a PNG, on all cores. A card's bytes are a function of what
 * it shows (kind, title, subtitle, site), the drawing code and the JVM that draws it, so each is
 * kept in {@code cache} under the hash of those, and an unchanged card is read back instead of drawn
 * (a few milliseconds each, a second or more for a site's hundreds). Kept like the minified assets,
 * in the checkout's {@code target/}, ignored by git and emptied by {@code mvn clean}, and the last
 * few thousand in memory.
 */
public final class SocialCardImages {
    /**
     * Changed whenever the drawing or the encoding changes, so that no card drawn by older code is
     * reused. The JVM's version is part of the key as well: another JDK may lay text out otherwise.
     */
    private static final String DRAWING = "card-3";

    private final Path cache;

    /**
     * The cards drawn or read in this JVM, newest last, up to {@link #MEMORY_BYTES}: the dev server's
     * rebuilds and the tests' many builds of one record read them from here instead of the disk.
     */
    private static final java.util.LinkedHashMap<String, byte[]> MEMORY = new java.util.LinkedHashMap<>(256, 0.75f, true);
    private static final long MEMORY_BYTES = 32L << 20;
    private static long memoryBytes;

    /** Cards kept in {@code cache} (made when first written); null keeps none. */
    public SocialCardImages(Path cache) {
        this.cache = cache;
    }

    /**
     * Hands the card of each of {@code pages} to {@code sink} as soon as it is made, from several
     * threads: a site's cards are never held at once (at 100,000 events they are 2 GB of PNG).
     */
    public void each(List<PlannedPage> pages, java.util.function.Consumer<OutputFile> sink) {
        each(pages, sink, (card, make) -> kept(card));
    }

    /**
     * As {@link #each(List, java.util.function.Consumer)}, each card's file taken from {@code reuse},
     * which is handed the card and what makes its file (the dev server's {@code RenderCache#card}
     * hands back the last build's file of an equal card: at 10,000 events, hashing every card and
     * reading most of them back from disk took a quarter of a second on each edit).
     */
    public void each(List<PlannedPage> pages, java.util.function.Consumer<OutputFile> sink,
                     java.util.function.BiFunction<SocialCard, java.util.function.Function<SocialCard, OutputFile>, OutputFile> reuse) {
        List<SocialCard> cards = pages.stream().flatMap(p -> p.card().stream()).toList();
        Parallel.forEach(cards, c -> sink.accept(reuse.apply(c, this::file)));
    }

    /** The file of {@code card}: its PNG at its path. */
    public OutputFile file(SocialCard card) {
        return new OutputFile(card.path(), "card", bytes(card));
    }

    /**
     * The file of {@code card} as the card kept in {@code cache}, when it is kept there: the writer
     * places it without reading it ({@link OutputFile#kept}). Else as {@link #file}, which keeps it.
     */
    public OutputFile kept(SocialCard card) {
        String key = key(card);
        if (cache != null) {
            Path file = cache.resolve(key + ".png");
            if (Files.isRegularFile(file)) return OutputFile.kept(card.path(), "card", file);
        }
        return new OutputFile(card.path(), "card", bytes(card, key));
    }

    /** One card's PNG. */
    public byte[] bytes(SocialCard card) {
        return bytes(card, key(card));
    }

    private byte[] bytes(SocialCard card, String key) {
        byte[] png = remembered(key);
        if (png != null) {
            // Drawn for another checkout in this JVM (tests, several records): this one's cache gets it too.
            if (cache != null && !Files.isRegularFile(cache.resolve(key + ".png"))) write(key, png);
            return png;
        }
        png = read(key).orElse(null);
        if (png == null) {
            png = drawn(card);
            write(key, png);
        }
        remember(key, png);
        return png;
    }

    /** {@code card} drawn now, whatever is kept. */
    public static byte[] drawn(SocialCard card) {
        return PalettePng.encode(CardPainter.paint(card), CardPainter.W, CardPainter.H, CardPainter.PALETTE);
    }

    private static synchronized byte[] remembered(String key) {
        return MEMORY.get(key);
    }

    private static synchronized void remember(String key, byte[] png) {
        byte[] before = MEMORY.put(key, png);
        memoryBytes += png.length - (before == null ? 0 : before.length);
        var oldest = MEMORY.entrySet().iterator();
        while (memoryBytes > MEMORY_BYTES && oldest.hasNext()) {
            memoryBytes -= oldest.next().getValue().length;
            oldest.remove();
        }
    }

    /** The index of the first character of what {@code card} shows that its fonts cannot draw, or -1. */
    public static int firstMissingGlyph(SocialCard card) {
        return CardFonts.firstMissingGlyph(card.kind() + card.title() + card.subtitle() + card.site());
    }

    static String key(SocialCard card) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(DRAWING, Runtime.version().toString(), card.kind(), card.title(), card.subtitle(),
                    card.site())) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private Optional<byte[]> read(String key) {
        if (cache == null) return Optional.empty();
        Path file = cache.resolve(key + ".png");
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps a card; a folder that cannot be written only costs the next build the time. */
    private void write(String key, byte[] png) {
        if (cache == null) return;
        try {
            Files.createDirectories(cache);
            Path tmp = Files.createTempFile(cache, key, ".tmp");
            Files.write(tmp, png);
            // Two builds may draw the same card at once: each renames a whole file into place.
            Files.move(tmp, cache.resolve(key + ".png"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // not kept; the next build draws it again
        }
    }
}
