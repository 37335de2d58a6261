package org.idlibchronicle.maven;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.codehaus.plexus.component.repository.ComponentDependency;

/**
 * A second JVM running {@link org.idlibchronicle.Main} on the plugin's own class path, for a
 * command that should not run with the JIT settings of Maven's JVM.
 *
 * <p>Why: the dev server is a process of its own, so that it can be stopped and restarted apart from
 * Maven and given its own options ({@code site.serveJvmArgs}). It was started with the default,
 * tiered compilation on the reasoning that C2's code rebuilds faster over hours; measured, the C2
 * compiles kept the second core busy through a session's first edits, and C1 alone (as Maven's
 * {@code .mvn/jvm.config}) brought edits to the page sooner (see {@code ServeMojo}).
 */
final class ChildJvm {
    private ChildJvm() {}

    /**
     * The class path of the plugin: the jars of its class realm under Maven, then those of its
     * declared dependencies that the realm lacks, from the local repository. Maven leaves out of a
     * plugin's realm the libraries whose packages its core exports (SLF4J's API): the plugin sees
     * Maven's copy, and a JVM of its own needs the one the plugin was built with. Outside Maven (no
     * descriptor: tests), this JVM's class path.
     */
    static String classPath(Class<?> anchor, PluginDescriptor plugin, Path localRepository) {
        if (plugin == null || !(anchor.getClassLoader() instanceof URLClassLoader realm)) {
            return System.getProperty("java.class.path");
        }
        List<Path> entries = new ArrayList<>();
        for (URL url : realm.getURLs()) {
            try {
                entries.add(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file (Maven's realms only hold files): nothing a JVM could load
            }
        }
        Set<String> names = entries.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        for (ComponentDependency d : plugin.getDependencies()) {
            String jar = d.getArtifactId() + "-" + d.getVersion() + ".jar";
            Path inRepository = localRepository.resolve(d.getGroupId().replace('.', '/')).resolve(d.getArtifactId())
                    .resolve(d.getVersion()).resolve(jar);
            if ("jar".equals(d.getType()) && !names.contains(jar) && Files.isRegularFile(inRepository)) {
                entries.add(inRepository);
            }
        }
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * The command line: this JVM's {@code java}, the options, the system properties, the class
     * path, {@code Main} and its arguments.
     */
    static List<String> command(List<String> jvmOptions, Map<String, String> properties, String classPath,
                                List<String> mainArguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-cp");
        command.add(classPath);
        command.add(org.idlibchronicle.Main.class.getName());
        command.addAll(mainArguments);
        return command;
    }

    /**
     * Runs the command with this process's terminal, until it ends or this thread is interrupted
     * (then it is stopped). A JVM shutdown (Ctrl-C, kill) stops it too, so no server outlives Maven.
     *
     * @return its exit status
     */
    static int run(List<String> command) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread stopChild = new Thread(child::destroy, "stop " + child.pid());
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return child.waitFor();
        } finally {
            if (child.isAlive()) {
                child.destroy();
                child.waitFor();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: it stops the child
            }
        }
    }

    /** Options as written in a POM or on the command line, split at white space. */
    static List<String> options(String written) {
        return written == null || written.isBlank() ? List.of()
                : java.util.Arrays.stream(written.strip().split("\\s+")).collect(Collectors.toList());
    }
}
