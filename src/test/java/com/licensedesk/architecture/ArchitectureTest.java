package com.licensedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.ProductKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering rules, read from the compiled classes (a class's constant pool names every type it uses): only the
 * store touches jOOQ or JDBC, and view models do not touch the scene graph.
 */
class ArchitectureTest {
    private static final Path CLASSES = classesFolder();
    private static final Path STORE = Path.of("com", "licensedesk", "store");

    @Test
    void onlyTheStoreUsesJooqOrJdbc() {
        List<String> offenders = classes()
                .filter(file -> !CLASSES.relativize(file).startsWith(STORE))
                .filter(file -> mentions(file, "org/jooq/") || mentions(file, "java/sql/"))
                .map(file -> CLASSES.relativize(file).toString())
                .toList();

        assertThat(offenders).isEmpty();
    }

    @Test
    void theStoreIsWhereJooqIsUsed() {
        // Guards the guard: if the scan read nothing, the test above would pass for the wrong reason.
        assertThat(classes().filter(file -> mentions(file, "org/jooq/"))).isNotEmpty();
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        List<String> offenders = classes()
                .filter(file -> file.getFileName().toString().matches(".*ViewModel(\\$.*)?\\.class"))
                .filter(file -> mentions(file, "javafx/scene/"))
                .map(file -> CLASSES.relativize(file).toString())
                .toList();

        assertThat(classes().filter(file -> file.getFileName().toString().endsWith("ViewModel.class"))).isNotEmpty();
        assertThat(offenders).isEmpty();
    }

    private static Stream<Path> classes() {
        try {
            return Files.walk(CLASSES).filter(file -> file.toString().endsWith(".class")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean mentions(Path classFile, String typePrefix) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(typePrefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classesFolder() {
        try {
            return Path.of(ProductKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
