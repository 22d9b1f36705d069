package com.licensedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.audit.AuditLog;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.mail.Outbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering rules, read from the compiled classes: no cycle between packages; only the composition root and the
 * store know the store; only the store touches jOOQ or JDBC; the shared UI knows no feature; view models do not touch
 * the scene graph; only the change pipeline writes the outbox and the audit log. And from the sources: only the
 * settings package names a setting.
 */
class ArchitectureTest {
    private static final Path CLASSES = classesFolder();
    private static final Path STORE = Path.of("com", "licensedesk", "store");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.licensedesk");
    private static final String[] FEATURES = {"com.licensedesk.account..", "com.licensedesk.auth..",
        "com.licensedesk.catalog..", "com.licensedesk.company..", "com.licensedesk.licences..",
        "com.licensedesk.registration..", "com.licensedesk.settings..", "com.licensedesk.mail..",
        "com.licensedesk.audit..", "com.licensedesk.change..", "com.licensedesk.store..", "com.licensedesk.app..",
        "com.licensedesk.cli.."};

    /**
     * TEMPORARY: the services that still write the outbox or the audit log themselves while they are being moved onto
     * the change pipeline. Each is taken off this list as it moves; the list is then empty and goes.
     */
    private static ArchRule noPackageCycles() {
        return slices().matching("com.licensedesk.(**)").should().beFreeOfCycles();
    }

    @Test
    void packagesFormNoCycle() {
        // jOOQ's generated schema classes refer to each other by design; they are not ours to arrange.
        JavaClasses ours = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/com/licensedesk/store/schema/"))
                .importPackages("com.licensedesk");
        noPackageCycles().check(ours);
    }

    @Test
    void theCycleRuleFindsACycle() {
        // Guards the guard: two test packages that import each other must be reported.
        JavaClasses cyclic = new ClassFileImporter().importPackages("com.licensedesk.architecture.cycle");
        assertThat(cyclic.size()).isEqualTo(2);
        assertThat(noPackageCycles().evaluate(cyclic).hasViolation()).isTrue();
    }

    @Test
    void onlyTheCompositionRootAndTheStoreKnowTheStore() {
        noClasses().that().resideOutsideOfPackages("com.licensedesk.app..", "com.licensedesk.store..")
                .should().dependOnClassesThat().resideInAPackage("com.licensedesk.store..")
                .check(MAIN);
    }

    @Test
    void theSharedUiKnowsNoFeature() {
        noClasses().that().resideInAPackage("com.licensedesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(MAIN);
    }

    @Test
    void valueTypesAndTextsKnowNoFeatureAndNoToolkit() {
        noClasses().that().resideInAnyPackage("com.licensedesk.domain..", "com.licensedesk.i18n..",
                        "com.licensedesk.session..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAPackage("javafx..")
                .check(MAIN);
    }

    /** Every CSV file the application writes goes through CsvExport, which keeps formulas from running. */
    @Test
    void onlyCsvExportWritesCsv() {
        noClasses().that().resideOutsideOfPackage("com.licensedesk.csv..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
                .check(MAIN);
    }

    /** A change's mail and audit entries are written by the pipeline, in the change's transaction, and nowhere else. */
    @Test
    void onlyTheChangePipelineWritesTheOutboxAndTheAuditLog() {
        noClasses().that().doNotHaveFullyQualifiedName(ChangePipeline.class.getName())
                .and().doNotHaveFullyQualifiedName(Outbox.class.getName())
                .and().resideOutsideOfPackage("com.licensedesk.store..")
                .should().callMethodWhere(target(owner(assignableTo(AuditLog.class))).and(target(name("record"))))
                .orShould().callMethodWhere(target(owner(assignableTo(Outbox.class))).and(target(name("enqueue"))))
                .check(MAIN);
    }

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

    @Test
    void settingsAreNamedOnlyInTheSettingsPackage() {
        // A key written anywhere else is a second home for a setting, its default or its check.
        Path settings = SOURCES.resolve(Path.of("com", "licensedesk", "settings"));
        List<Path> naming = sources().filter(file -> read(file).contains("\"licensedesk.")).toList();

        assertThat(naming).as("the scan finds the keys where they are named").isNotEmpty();
        assertThat(naming.stream().filter(file -> !file.startsWith(settings))
                .map(file -> SOURCES.relativize(file).toString())).isEmpty();
    }

    private static Stream<Path> sources() {
        try {
            return Files.walk(SOURCES).filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
