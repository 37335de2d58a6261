package org.idlibchronicle.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idlibchronicle.assets.AssetNames;
import org.idlibchronicle.assets.SiteAssets;
import org.idlibchronicle.config.SiteConfig;
import org.idlibchronicle.diag.Failures;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.geo.Region;
import org.idlibchronicle.index.AnalyzerScript;
import org.idlibchronicle.index.QuerySynonyms;
import org.idlibchronicle.load.HistoryNotes;
import org.idlibchronicle.load.SettingsFile;
import org.idlibchronicle.output.OutputFile;

/**
 * What a build reads of the checkout besides its content: that its folders are there, its settings
 * ({@code site.yaml}, the map region, the history notes) and its assets. A settings file that cannot
 * be read stops the build with its message; mistakes in one are reported among the content's.
 */
record BuildInputs(Project project, PrintStream log) {

    /** Stops the build outside a checkout: without these folders every stage would fail on its own. */
    void requireFolders() throws BuildFailedException {
        for (Path required : List.of(project.content(), project.templates(), project.schemas())) {
            if (!Files.isDirectory(required)) {
                throw new BuildFailedException("no folder " + required + ": run the build at the root of a checkout",
                        List.of());
            }
        }
    }

    /**
     * The record's map region ({@code maps/region.json}), if it has one; a region file the maps
     * cannot draw is a located error among the content's, and then no region.
     */
    Optional<Region> region(Problems problems) throws BuildFailedException {
        try {
            return readSetting(Region.FILE, () -> Region.of(project.root()));
        } catch (Region.Invalid e) {
            problems.error(new SourcePosition(Region.FILE, e.line(), e.column()), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The site's settings, with {@code site.yaml} checked like content first, its problems reported
     * with the content's; the settings are read only from a file without problems, else null.
     */
    SiteConfig checkedSiteConfig(Problems problems) throws BuildFailedException {
        long errorsBefore = problems.errorCount();
        try {
            SettingsFile.check(project.root(), project.schemas(), problems);
        } catch (IOException e) {
            throw new BuildFailedException(SettingsFile.FILE + ": cannot be read: " + e.getMessage(), List.of());
        }
        SiteConfig config = problems.errorCount() == errorsBefore ? siteConfig() : null;
        if (config != null) {
            // A query synonym the search would drop or split is said with the other mistakes, not
            // when the index is written (the schema has checked that each is one word).
            try {
                QuerySynonyms.terms(config.searchSynonyms());
            } catch (IllegalArgumentException e) {
                problems.error(SourcePosition.file(SiteConfig.FILE),
                        e.getMessage().replaceFirst("^" + SiteConfig.FILE + ": ", ""));
            }
        }
        return config;
    }

    /** The site's settings ({@code site.yaml}, {@code -Dsite.url}); a bad address stops the build. */
    SiteConfig siteConfig() throws BuildFailedException {
        return readSetting(SiteConfig.FILE, () -> SiteConfig.load(project.root()));
    }

    /** The notes on the record's history ({@code history-notes.yaml}); its mistakes are reported as the content's. */
    Map<String, String> historyNotes(Problems problems) throws BuildFailedException {
        try {
            return HistoryNotes.read(project.root(), project.schemas(), problems);
        } catch (IOException e) {
            throw new BuildFailedException(Failures.describe(e), List.of());
        }
    }

    private interface SettingReader<T, E extends Exception> {
        T read() throws IOException, E;
    }

    /** A settings file of the record: unreadable or invalid, it stops the build with its message. */
    private static <T, E extends Exception> T readSetting(String file, SettingReader<T, E> reader) throws BuildFailedException, E {
        try {
            return reader.read();
        } catch (IOException e) {
            throw new BuildFailedException(file + ": cannot be read: " + e.getMessage(), List.of());
        } catch (IllegalArgumentException e) {
            throw new BuildFailedException(e.getMessage(), List.of());
        }
    }

    /** The checkout's assets as published, and the search analyzer as {@code search/boot.js} carries it. */
    record PublishedAssets(AssetNames names, String analyzerScript) {
        List<OutputFile> files() {
            return names.files();
        }
    }

    /**
     * The assets, minified ones kept in {@code target/minified-assets/} and named by their bytes'
     * hash ({@link AssetNames}); the analyzer minified alike.
     */
    PublishedAssets publishedAssets() {
        try {
            SiteAssets assets = new SiteAssets(project.assets(), project.root().resolve("target/minified-assets"));
            return new PublishedAssets(AssetNames.hashed(assets.files(log::println)),
                    assets.publishedScript(AnalyzerScript.RESOURCE, AnalyzerScript.asWritten(), log::println));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every asset under its own name: the dev server's. Only the names are read: the dev server
     * reads the files themselves once per rebuild, to serve them.
     */
    Map<String, String> assetsAsWritten() {
        try {
            return AssetNames.asWrittenIn(project.assets());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
