package dev.arenaview;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the layering of STYLE.md true: a pure-Java core, and front ends that do not mix.
 * The rules run as Jupiter tests: Surefire neither counts nor fails ArchUnit's own
 * {@code @ArchTest} fields (they ran unseen, and a violation passed).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.arenaview");

    @TestFactory
    Stream<DynamicTest> layeringRules() {
        return Stream.of(
                DynamicTest.dynamicTest("core knows nothing of JavaFX", () -> coreKnowsNothingOfJavaFx.check(CLASSES)),
                DynamicTest.dynamicTest("model depends on nothing else of ours",
                        () -> modelDependsOnNothingElseOfOurs.check(CLASSES)),
                DynamicTest.dynamicTest("core does not reach up to the front ends",
                        () -> coreDoesNotReachUpToTheFrontEnds.check(CLASSES)),
                DynamicTest.dynamicTest("cli does not import ui", () -> cliAndUiDoNotImportEachOther.check(CLASSES)),
                DynamicTest.dynamicTest("ui does not import cli", () -> uiDoesNotImportTheCli.check(CLASSES)),
                DynamicTest.dynamicTest("only the front ends write to stdout and stderr",
                        () -> onlyTheFrontEndsWriteToStandardStreams.check(CLASSES)));
    }

    static final ArchRule coreKnowsNothingOfJavaFx = noClasses()
            .that().resideInAnyPackage("dev.arenaview.model..", "dev.arenaview.csv..", "dev.arenaview.report..",
                    "dev.arenaview.source..", "dev.arenaview.io..", "dev.arenaview.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    static final ArchRule modelDependsOnNothingElseOfOurs = noClasses()
            .that().resideInAPackage("dev.arenaview.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.arenaview.csv..", "dev.arenaview.report..", "dev.arenaview.source..",
                    "dev.arenaview.io..",                    "dev.arenaview.cli..", "dev.arenaview.ui..", "dev.arenaview.app..");

    static final ArchRule coreDoesNotReachUpToTheFrontEnds = noClasses()
            .that().resideInAnyPackage("dev.arenaview.model..", "dev.arenaview.csv..", "dev.arenaview.report..", "dev.arenaview.source..", "dev.arenaview.io..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.arenaview.cli..", "dev.arenaview.ui..", "dev.arenaview.app..");

    static final ArchRule cliAndUiDoNotImportEachOther = noClasses()
            .that().resideInAPackage("dev.arenaview.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.arenaview.ui..");

    static final ArchRule uiDoesNotImportTheCli = noClasses()
            .that().resideInAPackage("dev.arenaview.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.arenaview.cli..");

    static final ArchRule onlyTheFrontEndsWriteToStandardStreams = noClasses()
            .that().resideOutsideOfPackages("dev.arenaview.cli..", "dev.arenaview.app..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
}
