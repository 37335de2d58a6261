package org.idlibchronicle.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock a build holds while it writes a site: a file lock on {@code .site.lock} beside the
 * site. The operating system releases it when its process dies, however it dies, so a lock is never
 * left behind; a second build that finds it taken is refused at once, in one line.
 */
final class WriteLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WriteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the site at {@code siteDir}, or refuses when another build holds it. */
    static WriteLock take(Path siteDir) throws IOException {
        Path file = siteDir.resolveSibling("." + siteDir.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new OutputFolder.Refused("another build is writing " + siteDir + " (a second mvn site-gen or"
                    + " site-serve in this checkout): wait until it has finished, then build again");
        }
        return new WriteLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) lock.release();
        } finally {
            channel.close();
        }
    }
}
