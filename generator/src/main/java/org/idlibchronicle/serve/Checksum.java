package org.idlibchronicle.serve;

import java.util.zip.CRC32C;

/**
 * A file's checksum, by which the dev server tells whether a file changed: whether to write it
 * again ({@link LiveBuild}) and whether an open page is stale ({@link StaticFiles#fingerprintOf}).
 * CRC32C with the length in the high bits: fast, and a change that keeps both is not expected of
 * an edit.
 */
final class Checksum {
    private Checksum() {}

    static long of(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue() ^ ((long) bytes.length << 32);
    }
}
