package org.idlibchronicle.render.card;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typeface of the cards: DejaVu Sans (regular and bold), read from the jar of the Maven artifact
 * {@code net.sf.jasperreports:jasperreports-fonts}, which ships the DejaVu TrueType files under their
 * own free licence. A build machine's fonts are never used: CI machines may have none, and another
 * machine's would draw other bytes.
 */
final class CardFonts {
    static {
        // No display is needed to draw into an image; a build must not try to open one.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";
    static final Font REGULAR = load("DejaVuSans.ttf");
    static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private CardFonts() {}

    private static Font load(String file) {
        try (InputStream in = CardFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) throw new IllegalStateException("the font " + FOLDER + file + " is not on the class path");
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the font " + FOLDER + file + " cannot be read", e);
        }
    }

    /** The index of the first character of {@code text} the cards' fonts cannot draw, or -1 when they draw them all. */
    static int firstMissingGlyph(String text) {
        int regular = REGULAR.canDisplayUpTo(text);
        int bold = BOLD.canDisplayUpTo(text);
        if (regular < 0) return bold;
        return bold < 0 ? regular : Math.min(regular, bold);
    }
}
