package org.idlibchronicle.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator's packages, in the order data flows through them (issue 26): each layer may use
 * the layers before it and none after, and no two packages depend on each other, however far round.
 * A new import against the flow (a stage reaching into a later one, a shared type reaching into a
 * stage) fails here, naming the class and the line.
 */
class LayersTest {
    /**
     * Bottom to top. The first rows are what every stage shares (problems, output files, the model,
     * the kind registry built on it, text and quote matching); then the stages of the pipeline;
     * then its conductor, the dev server, and the entry points (Maven goals, {@code Main}).
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("diag", "concurrent", "output", "markdown", "config", "geo", "history", "cite"),
            List.of("model"),
            List.of("kind"),
            List.of("text"),
            List.of("quote"),
            List.of("load"),
            List.of("check"),
            List.of("link"),
            List.of("plan"),
            List.of("render"),
            List.of("index"),
            List.of("write", "assets"),
            List.of("kinds"),
            List.of("pipeline"),
            List.of("serve"),
            List.of("maven", ""));

    private static JavaClasses classes;

    @BeforeAll
    static void importTheGenerator() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.idlibchronicle");
    }

    private static String[] packages(List<List<String>> layers) {
        return layers.stream().flatMap(List::stream)
                .map(p -> p.isEmpty() ? "org.idlibchronicle" : "org.idlibchronicle." + p + "..")
                .toArray(String[]::new);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBeforeIt() {
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            List<String> layer = LAYERS.get(i);
            String[] later = packages(LAYERS.subList(i + 1, LAYERS.size()));
            noClasses().that().resideInAnyPackage(packages(List.of(layer)))
                    .should().dependOnClassesThat().resideInAnyPackage(later)
                    .because("data flows " + String.join(" → ", LAYERS.stream().map(l -> String.join("/", l.stream().map(p -> p.isEmpty() ? "Main" : p).toList())).toList())
                            + ": " + layer + " may not use a later layer")
                    .check(classes);
        }
    }

    @Test
    void everyPackageIsInALayer() {
        List<String> known = new ArrayList<>(Arrays.asList(packages(LAYERS)));
        List<String> stray = classes.stream().map(c -> c.getPackageName())
                .filter(p -> known.stream().noneMatch(k -> k.endsWith("..") ? (p + ".").startsWith(k.substring(0, k.length() - 1)) : p.equals(k)))
                .distinct().sorted().toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), stray, "packages no layer names: place them in LAYERS");
    }

    @Test
    void noPackagesDependOnEachOther() {
        slices().matching("org.idlibchronicle.(*)..").should().beFreeOfCycles().check(classes);
    }
}
