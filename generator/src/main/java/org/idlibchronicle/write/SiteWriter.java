package org.idlibchronicle.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import org.idlibchronicle.output.OutputFile;
import org.idlibchronicle.concurrent.Parallel;

/**
 * The write stage: writes the whole site into a fresh folder beside {@code site/} and only then
 * swaps it in with two renames. Until the swap, the previous site is untouched; a failure at
 * any point before it leaves the previous site exactly as it was.
 */
public final class SiteWriter {
    private final Path siteDir;
    /** The checkout the site is built from, which the output may never be, hold or sit in; null in tests of the writer alone. */
    private final Path checkout;

    /** A writer for a site outside any checkout: it still replaces only a folder it wrote ({@link OutputFolder}). */
    public SiteWriter(Path siteDir) {
        this(null, siteDir);
    }

    /** A writer for the site of {@code checkout}, refusing any output folder that could hold its sources. */
    public SiteWriter(Path checkout, Path siteDir) {
        this.checkout = checkout == null ? null : checkout.toAbsolutePath().normalize();
        this.siteDir = siteDir.toAbsolutePath().normalize();
    }

    /**
     * Writes the files (assets among them) into a fresh staging folder and swaps it in.
     *
     * @return the number of files written
     */
    public int write(Collection<OutputFile> files) throws IOException {
        Staging staging = begin();
        try {
            // Files are independent: write them on all cores.
            Parallel.forEach(List.copyOf(files), staging::write);
            return staging.commit();
        } catch (IOException | RuntimeException e) {
            staging.abort();
            throw e;
        }
    }

    /**
     * Opens a fresh staging folder beside the site, for files written as they are produced. It first
     * takes the site's lock ({@link WriteLock}), so a second build in the same checkout is refused
     * with one line, and, holding it, repairs what a build killed earlier left: an interrupted swap
     * (no {@code site/}, the previous site set aside) is undone, and dead builds' staging and
     * set-aside folders are removed.
     */
    public Staging begin() throws IOException {
        // Where the folder is is checked before anything (the lock file) is written beside it.
        if (checkout != null) OutputFolder.checkPlace(checkout, siteDir);
        Files.createDirectories(siteDir.getParent());
        WriteLock lock = WriteLock.take(siteDir);
        try {
            recoverFromDeadBuilds();
            OutputFolder.checkReplaceable(siteDir);
            Path dir = Files.createTempDirectory(siteDir.getParent(), prefix(BUILD));
            Files.writeString(dir.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
            return new Staging(dir, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static final String BUILD = "build-";
    private static final String OLD = "old-";

    private String prefix(String kind) {
        return "." + siteDir.getFileName() + "." + kind;
    }

    /**
     * Undoes what a build killed between its two renames left (the previous site set aside as
     * {@code .site.old-*} and no {@code site/}: the previous site comes back, since the new one was
     * never reported built), then removes every staging and set-aside folder: under the lock, no
     * other build is using them.
     */
    private void recoverFromDeadBuilds() throws IOException {
        List<Path> leftovers;
        try (var entries = Files.list(siteDir.getParent())) {
            leftovers = entries.filter(p -> p.getFileName().toString().startsWith(prefix(BUILD))
                            || p.getFileName().toString().startsWith(prefix(OLD)))
                    .filter(Files::isDirectory).sorted().toList();
        }
        if (!Files.exists(siteDir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Path newestOld = null;
            for (Path p : leftovers) {
                if (!p.getFileName().toString().startsWith(prefix(OLD))) continue;
                if (newestOld == null || Files.getLastModifiedTime(p).compareTo(Files.getLastModifiedTime(newestOld)) > 0) {
                    newestOld = p;
                }
            }
            if (newestOld != null) Files.move(newestOld, siteDir, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Path p : leftovers) {
            if (Files.exists(p)) deleteTree(p);
        }
    }

    /**
     * A site being written: files go into the staging folder as they come (from any thread), so
     * that no stage has to hold the whole site in memory; {@link #commit} swaps it in, {@link #abort}
     * removes it and leaves the previous site as it was.
     */
    public final class Staging {
        private final Path dir;
        private final WriteLock lock;
        private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        /** The paths written so far, the marker among them. */
        private final java.util.Set<String> paths = java.util.concurrent.ConcurrentHashMap.newKeySet();
        /**
         * The folders made so far. Asking the file system to make a folder that exists costs a system
         * call and an exception inside the JDK, and 10,000 events' 25,000 files share a few thousand
         * folders.
         */
        private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        /** Set once the staging folder is being swapped in or removed: the shutdown hook then leaves it alone. */
        private final java.util.concurrent.atomic.AtomicBoolean settled = new java.util.concurrent.atomic.AtomicBoolean();
        /**
         * Removes the staging folder when the JVM is stopped (SIGTERM, Ctrl-C, a CI timeout) before the
         * build settles it, so a stopped build leaves no half-written {@code .site.build-*} folder beside
         * the site. A kill -9 runs no hook; the next build removes what it leaves ({@link #begin}).
         */
        private final Thread onShutdown;

        private Staging(Path dir, WriteLock lock) {
            this.dir = dir;
            this.lock = lock;
            this.paths.add(OutputFolder.MARKER);
            this.onShutdown = new Thread(() -> {
                if (settled.compareAndSet(false, true)) removeQuietly(dir);
            }, "site-writer-shutdown");
            Runtime.getRuntime().addShutdownHook(onShutdown);
        }

        /** Marks the staging folder as the build's to settle, and drops the hook; false if the JVM is stopping and the hook has it. */
        private boolean settle() {
            if (!settled.compareAndSet(false, true)) return false;
            try {
                Runtime.getRuntime().removeShutdownHook(onShutdown);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is stopping; the hook will find the folder settled and do nothing.
            }
            return true;
        }

        public void write(OutputFile f) {
            Path target = safeResolve(dir, f.path());
            try {
                Path folder = target.getParent();
                if (!folders.contains(folder)) {
                    Files.createDirectories(folder);
                    folders.add(folder);
                }
                if (f.kept().isPresent()) place(f.kept().get(), target);
                else Files.write(target, f.bytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            count.incrementAndGet();
            paths.add(f.path());
        }

        /**
         * A kept file put into the site: a hard link to it where the file system allows (reading
         * 10,000 kept social cards back, 190 MB, and writing them out again took 1.7 s of a
         * 10,000-event build), else a copy. A kept file is never changed once written (a new one
         * replaces it by a rename), and nothing writes into a file of the site in place (the dev
         * server's later writes go to files of a site it wrote itself, whole, from bytes), so the
         * link and the kept file cannot come to differ.
         */
        private static void place(Path kept, Path target) throws IOException {
            try {
                Files.createLink(target, kept);
            } catch (IOException | UnsupportedOperationException | SecurityException cannotLink) {
                // Another file system (-Dsite.out elsewhere), or one without hard links.
                Files.copy(kept, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }

        /** Every path written into the staging folder so far, the marker included. */
        public java.util.Set<String> paths() {
            return java.util.Set.copyOf(paths);
        }

        /** Swaps the staged site in; returns the number of files written. */
        public int commit() throws IOException {
            try {
                if (!settle()) throw new IOException("the build was stopped before its site was swapped in");
                swap(dir);
                return count.get();
            } finally {
                lock.close();
            }
        }

        public void abort() throws IOException {
            try {
                if (settle()) deleteTree(dir);
            } finally {
                lock.close();
            }
        }
    }

    private void swap(Path staging) throws IOException {
        Path old = null;
        if (Files.exists(siteDir)) {
            old = Files.createTempDirectory(siteDir.getParent(), prefix(OLD));
            Files.delete(old);
            Files.move(siteDir, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, siteDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) Files.move(old, siteDir, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        if (old != null) deleteTree(old);
    }

    /** Refuses any output path that would land outside the site folder. */
    static Path safeResolve(Path root, String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalArgumentException("output path escapes the site folder: " + relative);
        }
        return p;
    }

    /**
     * Removes a staging folder from a shutdown hook, where nothing can be reported: writer threads
     * may still be adding files to it, so a folder that is not empty yet is tried again a few times.
     */
    private static void removeQuietly(Path dir) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                deleteTree(dir);
                return;
            } catch (IOException | RuntimeException retry) {
                Thread.onSpinWait();
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        deleteTree(dir, Files::delete);
    }

    /** Deletes one file; the test of {@link #deleteTree(Path, FileDeletion)} watches the calls. */
    interface FileDeletion {
        void delete(Path file) throws IOException;
    }

    /**
     * Removes {@code dir} and everything in it, each file by {@code deletion}. The files go on
     * several threads at once ({@link Parallel#forEachWaiting}): unlinking waits on the disk, and
     * the previous site is removed after the new one is swapped in, when nothing else is left to do.
     * The folders follow, deepest first, once they are empty.
     */
    static void deleteTree(Path dir, FileDeletion deletion) throws IOException {
        if (!Files.exists(dir)) return;
        List<Path> files = new java.util.ArrayList<>();
        List<Path> folders = new java.util.ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) throw exc;
                folders.add(d);
                return FileVisitResult.CONTINUE;
            }
        });
        try {
            Parallel.forEachWaiting(files, file -> {
                try {
                    deletion.delete(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        // Visited after their contents, so each is empty when its turn comes.
        for (Path d : folders) Files.delete(d);
    }
}
