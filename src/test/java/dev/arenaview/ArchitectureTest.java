package dev.arenaview;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
                        () -> onlyTheFrontEndsWriteToStandardStreams.check(CLASSES)),
                DynamicTest.dynamicTest("no package cycle", () -> packagesAreFreeOfCycles.check(CLASSES)),
                DynamicTest.dynamicTest("the window's parts do not reach up to the window",
                        () -> windowPartsDoNotReachUpToTheWindow.check(CLASSES)),
                DynamicTest.dynamicTest("the window's parts talk only through what they share",
                        () -> windowPartsDoNotImportEachOther.check(CLASSES)));
    }

    private static final String MODEL = "dev.arenaview.model..";
    private static final String CSV = "dev.arenaview.csv..";
    private static final String REPORT = "dev.arenaview.report..";
    private static final String SOURCE = "dev.arenaview.source..";
    private static final String IO = "dev.arenaview.io..";
    private static final String CLI = "dev.arenaview.cli..";
    private static final String UI = "dev.arenaview.ui..";
    private static final String APP = "dev.arenaview.app..";

    static final ArchRule coreKnowsNothingOfJavaFx = noClasses()
            .that().resideInAnyPackage(MODEL, CSV, REPORT, SOURCE, IO, CLI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    static final ArchRule modelDependsOnNothingElseOfOurs = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(CSV, REPORT, SOURCE, IO, CLI, UI, APP);

    static final ArchRule coreDoesNotReachUpToTheFrontEnds = noClasses()
            .that().resideInAnyPackage(MODEL, CSV, REPORT, SOURCE, IO)
            .should().dependOnClassesThat().resideInAnyPackage(CLI, UI, APP);

    static final ArchRule cliAndUiDoNotImportEachOther = noClasses()
            .that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage(UI);

    static final ArchRule uiDoesNotImportTheCli = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(CLI);

    /** The window's parts ({@code ui.table}, {@code ui.chart}...) and what they share ({@code ui.shared}). */
    private static final String UI_PARTS = "dev.arenaview.ui.*..";
    private static final String UI_SHARED = "dev.arenaview.ui.shared..";

    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.arenaview.(**)").should().beFreeOfCycles();

    /** Only the window itself ({@code ui}: the main view and its view model) puts the parts together. */
    static final ArchRule windowPartsDoNotReachUpToTheWindow = noClasses()
            .that().resideInAPackage(UI_PARTS)
            .should().dependOnClassesThat().resideInAPackage("dev.arenaview.ui");

    static final ArchRule windowPartsDoNotImportEachOther = slices().matching("dev.arenaview.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage(UI_PARTS), resideInAPackage(UI_SHARED));

    static final ArchRule onlyTheFrontEndsWriteToStandardStreams = noClasses()
            .that().resideOutsideOfPackages(CLI, APP)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
}
