package org.idlibchronicle.render.card;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.idlibchronicle.plan.SocialCard;

/**
 * Draws a card in two colours: the site's accent blue and off-white, with 14 shades between them
 * for the edges of letters. It is drawn in grey as "ink" (0, none, to 255, all), then each pixel's
 * ink is taken to the nearest of 16 levels, each a colour of the palette: a 4-bit palette PNG is a
 * sixth of the bytes of an RGB one to compress, and the edges of letters this large look the same.
 *
 * <p>Layout, on 1200 × 630: the kind in small capitals at the top, the title in bold (as large as
 * fits in the space, down to a size that still reads in a preview, cut with "…" past that), the
 * date under it, and the site's name under a rule at the foot.
 */
final class CardPainter {
    static final int W = SocialCard.WIDTH;
    static final int H = SocialCard.HEIGHT;
    private static final int MARGIN = 80;
    private static final int TEXT_WIDTH = W - 2 * MARGIN;
    /** The colours at no ink and at full ink: the stylesheet's --accent and --bg. */
    static final int BACKGROUND = 0x0b5d8c;
    static final int INK = 0xfdfdfb;
    /** The largest title first; each with the most lines it may take in the title's space. */
    private static final float[] TITLE_SIZES = {72, 62, 54, 46};
    private static final int TITLE_TOP = 150;
    private static final int TITLE_SPACE = 320;
    /** Longer titles are cut anyway: a card shows four lines at most. */
    private static final int MOST_CHARACTERS = 400;

    /** The levels of ink, each a colour of the palette. */
    private static final int LEVELS = 16;
    /** The colours, by level of ink. */
    static final int[] PALETTE = palette();
    /** The level of each ink. */
    private static final byte[] LEVEL = new byte[256];

    static {
        for (int ink = 0; ink < 256; ink++) LEVEL[ink] = (byte) ((ink * (LEVELS - 1) + 127) / 255);
    }

    private CardPainter() {}

    private static int[] palette() {
        int[] out = new int[LEVELS];
        int most = LEVELS - 1;
        for (int level = 0; level < LEVELS; level++) {
            int rgb = 0;
            for (int shift = 16; shift >= 0; shift -= 8) {
                int from = (BACKGROUND >> shift) & 0xff;
                int to = (INK >> shift) & 0xff;
                rgb |= ((from * (most - level) + to * level + most / 2) / most) << shift;
            }
            out[level] = rgb;
        }
        return out;
    }

    /** The card as one level of ink (an index of {@link #PALETTE}) per pixel, row by row. */
    static byte[] paint(SocialCard card) {
        // Drawn in grey: Java2D's grey images keep a grey's level as it is (no gamma), so the level is the ink.
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            FontRenderContext frc = g.getFontRenderContext();
            String kind = plain(card.kind());
            if (!kind.isEmpty()) {
                Font small = CardFonts.BOLD.deriveFont(Map.of(TextAttribute.SIZE, 28f, TextAttribute.TRACKING, 0.08f));
                draw(g, new TextLayout(kind.toUpperCase(java.util.Locale.ROOT), small, frc), 200, MARGIN, 112);
            }
            float bottom = TITLE_TOP;
            String title = plain(card.title());
            if (!title.isEmpty()) {
                List<TextLayout> lines = titleLines(title, frc);
                float size = lines.get(0).getAscent() + lines.get(0).getDescent();
                float y = TITLE_TOP;
                for (TextLayout line : lines) {
                    y += line.getAscent();
                    draw(g, line, 255, MARGIN, y);
                    y += line.getDescent() + line.getLeading() + size * 0.06f;
                }
                bottom = y;
            }
            String subtitle = plain(card.subtitle());
            if (!subtitle.isEmpty()) {
                List<TextLayout> lines = block(subtitle, CardFonts.REGULAR.deriveFont(34f), frc, 2);
                // Under the title, and above the rule whatever the title's length.
                float y = Math.min(bottom + 30, 500 - 44 * (lines.size() - 1) - lines.get(0).getAscent());
                for (TextLayout line : lines) {
                    draw(g, line, 225, MARGIN, y + line.getAscent());
                    y += 44;
                }
            }
            g.setColor(grey(90));
            g.fillRect(MARGIN, 532, TEXT_WIDTH, 2);
            String site = plain(card.site());
            if (!site.isEmpty()) draw(g, fitted(site, CardFonts.BOLD.deriveFont(30f), frc), 235, MARGIN, 585);
        } finally {
            g.dispose();
        }
        byte[] ink = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < ink.length; i++) ink[i] = LEVEL[ink[i] & 0xff];
        return ink;
    }

    private static void draw(Graphics2D g, TextLayout line, int ink, float x, float y) {
        g.setColor(grey(ink));
        line.draw(g, x, y);
    }

    private static Color grey(int ink) {
        return new Color(ink, ink, ink);
    }

    /** The title's lines at the largest size at which it fits; at the smallest, cut with "…" when it does not. */
    private static List<TextLayout> titleLines(String title, FontRenderContext frc) {
        for (int i = 0; i < TITLE_SIZES.length - 1; i++) {
            float size = TITLE_SIZES[i];
            int most = (int) (TITLE_SPACE / (size * 1.2f));
            List<TextLayout> lines = wrapped(title, CardFonts.BOLD.deriveFont(size), frc, most);
            if (lines.size() <= most) return lines;
        }
        float size = TITLE_SIZES[TITLE_SIZES.length - 1];
        return block(title, CardFonts.BOLD.deriveFont(size), frc, (int) (TITLE_SPACE / (size * 1.2f)));
    }

    /** {@code text} in at most {@code most} lines, the last cut with "…" when it does not fit. */
    private static List<TextLayout> block(String text, Font font, FontRenderContext frc, int most) {
        List<TextLayout> lines = wrapped(text, font, frc, most);
        if (lines.size() <= most) return lines;
        List<TextLayout> kept = new ArrayList<>(lines.subList(0, most - 1));
        kept.add(ellipsised(rest(text, font, frc, most - 1), font, frc));
        return kept;
    }

    /** {@code text} broken into lines of the text's width, at most {@code most} + 1 of them (one more says it does not fit). */
    private static List<TextLayout> wrapped(String text, Font font, FontRenderContext frc, int most) {
        AttributedString styled = new AttributedString(text, Map.of(TextAttribute.FONT, font));
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), frc);
        List<TextLayout> lines = new ArrayList<>();
        while (measurer.getPosition() < text.length() && lines.size() <= most) {
            lines.add(measurer.nextLayout(TEXT_WIDTH));
        }
        return lines;
    }

    /** What is left of {@code text} after its first {@code lines} lines. */
    private static String rest(String text, Font font, FontRenderContext frc, int lines) {
        AttributedString styled = new AttributedString(text, Map.of(TextAttribute.FONT, font));
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), frc);
        for (int i = 0; i < lines; i++) measurer.nextLayout(TEXT_WIDTH);
        return text.substring(measurer.getPosition()).strip();
    }

    /** One line of the text's width: {@code text}, or as many of its words as fit before "…". */
    private static TextLayout fitted(String text, Font font, FontRenderContext frc) {
        TextLayout whole = new TextLayout(text, font, frc);
        return whole.getAdvance() <= TEXT_WIDTH ? whole : ellipsised(text, font, frc);
    }

    private static TextLayout ellipsised(String text, Font font, FontRenderContext frc) {
        String kept = text;
        while (true) {
            int cut = kept.lastIndexOf(' ');
            // A single word too long for a line is cut between letters (never inside a surrogate pair).
            kept = cut > 0 ? kept.substring(0, cut) : kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
            String shown = kept.stripTrailing().replaceAll("[,;:.–—-]+$", "") + "…";
            TextLayout line = new TextLayout(shown, font, frc);
            if (line.getAdvance() <= TEXT_WIDTH || kept.codePointCount(0, kept.length()) <= 1) return line;
        }
    }

    /** One line of text: control characters and runs of spaces as one space, at most {@link #MOST_CHARACTERS}. */
    static String plain(String text) {
        if (text == null) return "";
        String flat = text.codePoints().map(c -> Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .replaceAll(" {2,}", " ").strip();
        if (flat.length() <= MOST_CHARACTERS) return flat;
        int end = MOST_CHARACTERS;
        if (Character.isLowSurrogate(flat.charAt(end))) end--;
        return flat.substring(0, end);
    }
}
