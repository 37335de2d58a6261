package org.idlibchronicle.build;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.idlibchronicle.check.ContentCheck;
import org.idlibchronicle.diag.Problem;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.index.SearchIndexer;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.Linker;
import org.idlibchronicle.load.ContentLoader;
import org.idlibchronicle.model.Content;
import org.idlibchronicle.render.OutputFile;
import org.idlibchronicle.render.SiteRenderer;
import org.idlibchronicle.render.Views;
import org.idlibchronicle.write.SiteWriter;

/**
 * The build, read top to bottom as its stages: load → check → link → render → index → write.
 * Content problems stop the build after the check stage, before anything is written, so the
 * previous site is left as it was.
 */
public final class SiteBuild {
    public static final Views.SiteInfo SITE = new Views.SiteInfo("Idlib Chronicle",
            "A sourced record of the Idlib agreements between Turkey and Russia, 2018–2020");

    private final Project project;
    private final PrintStream log;
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();

    public SiteBuild(Project project, PrintStream log) {
        this.project = project;
        this.log = log;
    }

    public BuildSummary run() throws BuildFailedException, IOException {
        long start = System.nanoTime();
        Problems problems = new Problems();
        for (Path required : List.of(project.content(), project.templates(), project.schemas())) {
            if (!Files.isDirectory(required)) {
                throw new BuildFailedException("no folder " + required + ": run the build at the root of a checkout",
                        List.of());
            }
        }

        Content content = stage("load", () ->
                new ContentLoader(project.root(), project.content(), project.schemas(), problems).load());
        stage("check", () -> {
            new ContentCheck(content, problems).run();
            return null;
        });
        report(problems);
        if (problems.hasErrors()) {
            throw new BuildFailedException(problems.errorCount() + " error(s) in content/: fix them and build again"
                    + " (site/ was left unchanged)", problems.sorted());
        }

        LinkedSite site = stage("link", () -> Linker.link(content));
        List<OutputFile> pages = stage("render", () -> new SiteRenderer(project.templates(), SITE).render(site));
        List<SearchIndexer.SearchDocument> docs = stage("index", () -> SearchIndexer.documents(site));
        List<OutputFile> index = stage("index", () -> SearchIndexer.index(docs));

        List<OutputFile> all = new ArrayList<>(pages);
        all.addAll(index);
        long t = System.nanoTime();
        int written = new SiteWriter(project.site()).write(all, project.assets());
        stageMillis.put("write", (System.nanoTime() - t) / 1_000_000);

        Map<String, Integer> byKind = new TreeMap<>();
        pages.forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
        return new BuildSummary(byKind, docs.size(), written, (int) problems.warningCount(),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis)),
                (System.nanoTime() - start) / 1_000_000);
    }

    private <T> T stage(String name, Supplier<T> work) {
        long t = System.nanoTime();
        T result = work.get();
        stageMillis.merge(name, (System.nanoTime() - t) / 1_000_000, Long::sum);
        return result;
    }

    private void report(Problems problems) {
        for (Problem p : problems.sorted()) {
            log.println(p);
        }
        if (problems.hasErrors() || problems.warningCount() > 0) {
            log.println(problems.errorCount() + " error(s), " + problems.warningCount() + " warning(s)");
        }
    }
}
