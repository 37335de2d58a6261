package org.idlibchronicle.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.idlibchronicle.build.Project;
import org.idlibchronicle.build.SiteBuild;
import org.idlibchronicle.load.LoadCache;
import org.idlibchronicle.render.OutputFile;
import org.idlibchronicle.render.RenderCache;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev server's caches never serve a stale page: a rebuild equals a build from scratch. */
class IncrementalBuildTest {
    @TempDir
    Path tmp;
    private final PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());

    private Map<String, byte[]> files(SiteBuild build) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        for (OutputFile f : build.generate().files()) out.put(f.path(), f.bytes());
        return out;
    }

    @Test
    void aCachedRebuildAfterEditsEqualsAFreshBuild() throws Exception {
        Fixture f = Fixture.in(tmp);
        Project project = Project.at(f.root());
        LoadCache loaded = new LoadCache();
        RenderCache rendered = new RenderCache();
        rendered.startBuild();
        files(new SiteBuild(project, quiet, loaded).reusingPages(rendered));

        String event = "content/events/2018/2018-10-02-hts-turkey-understanding-reported.yaml";
        f.write(event, f.read(event).replace("title: HTS and Turkish officials reportedly reach an understanding",
                "title: HTS and Turkey reportedly agree"));
        f.write("content/places/sochi.yaml", f.read("content/places/sochi.yaml").replace("name: Sochi", "name: Sotchi"));
        rendered.startBuild();
        Map<String, byte[]> incremental = files(new SiteBuild(project, quiet, loaded).reusingPages(rendered));
        Map<String, byte[]> fresh = files(new SiteBuild(project, quiet));

        assertEquals(fresh.keySet(), incremental.keySet());
        fresh.forEach((path, bytes) -> assertArrayEquals(bytes, incremental.get(path), path));
    }
}
