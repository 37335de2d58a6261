package org.idlibchronicle.render.card;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The cards' PNG writer: what ImageIO reads back is, pixel for pixel, the palette's colour of each index. */
class PalettePngTest {
    private static void roundTrip(int width, int height, int colours) throws Exception {
        int[] palette = new int[colours];
        for (int i = 0; i < colours; i++) palette[i] = (i * 0x010203 * 37) & 0xffffff;
        byte[] pixels = new byte[width * height];
        for (int i = 0; i < pixels.length; i++) pixels[i] = (byte) ((i * 7 + i / width) % colours);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(PalettePng.encode(pixels, width, height, palette)));
        assertEquals(width, read.getWidth());
        assertEquals(height, read.getHeight());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertEquals(palette[pixels[y * width + x] & 0xff], read.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void sixteenColoursAreFourBitsAPixelEvenInAnOddWidth() throws Exception {
        roundTrip(13, 5, 16);
        roundTrip(1200, 3, 16);
    }

    @Test
    void moreColoursAreEightBitsAPixel() throws Exception {
        roundTrip(17, 9, 200);
    }
}
