package org.idlibchronicle.render.card;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A palette PNG from one byte (a palette index) per pixel: 4 bits an index for a palette of 16
 * colours or fewer, else 8. ImageIO's PNG writer does the job, but took 12 ms a card in the
 * build's JVM (C1 only, .mvn/jvm.config), most of it in its row-by-row filtering, against about 3
 * here: no filter (the format's advice for palette images), one quick deflate pass over half the
 * bytes. The file is a pure function of its inputs: no time, no text chunks.
 */
final class PalettePng {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PalettePng() {}

    /**
     * @param pixels  {@code width * height} palette indices, row by row
     * @param palette up to 256 colours as 0xRRGGBB
     */
    static byte[] encode(byte[] pixels, int width, int height, int[] palette) {
        if (pixels.length != width * height) throw new IllegalArgumentException("not " + width + " × " + height + " pixels");
        if (palette.length == 0 || palette.length > 256) throw new IllegalArgumentException(palette.length + " colours");
        int bits = palette.length <= 16 ? 4 : 8;
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = (byte) bits;
        header[9] = 3; // colour type: palette
        chunk(out, "IHDR", header, header.length);
        byte[] plte = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            plte[3 * i] = (byte) (palette[i] >> 16);
            plte[3 * i + 1] = (byte) (palette[i] >> 8);
            plte[3 * i + 2] = (byte) palette[i];
        }
        chunk(out, "PLTE", plte, plte.length);
        int stride = bits == 8 ? width : (width + 1) / 2;
        // each row starts with its filter type, 0: none
        byte[] rows = new byte[(stride + 1) * height];
        for (int y = 0; y < height; y++) {
            int from = y * width;
            int to = y * (stride + 1) + 1;
            if (bits == 8) {
                System.arraycopy(pixels, from, rows, to, width);
            } else {
                for (int x = 0; x < width; x += 2) {
                    int right = x + 1 < width ? pixels[from + x + 1] & 0x0f : 0;
                    rows[to + x / 2] = (byte) ((pixels[from + x] & 0x0f) << 4 | right);
                }
            }
        }
        // The quickest level: a card is mostly one colour, which every level packs alike.
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(rows);
            deflater.finish();
            byte[] compressed = new byte[rows.length / 4 + 1024];
            int length = 0;
            while (!deflater.finished()) {
                if (length == compressed.length) compressed = java.util.Arrays.copyOf(compressed, compressed.length * 2);
                length += deflater.deflate(compressed, length, compressed.length - length);
            }
            chunk(out, "IDAT", compressed, length);
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] word = new byte[4];
        putInt(word, 0, length);
        out.writeBytes(word);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        putInt(word, 0, (int) crc.getValue());
        out.writeBytes(word);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
