package dev.arenaview;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** Keeps the layering of STYLE.md true: a pure-Java core, and front ends that do not mix. */
@AnalyzeClasses(packages = "dev.arenaview", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNothingOfJavaFx = noClasses()
            .that().resideInAnyPackage("..model..", "..csv..", "..report..", "..source..", "..io..", "..cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule modelDependsOnNothingElseOfOurs = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..csv..", "..report..", "..source..", "..io..",
                    "..cli..", "..ui..", "..app..");

    @ArchTest
    static final ArchRule coreDoesNotReachUpToTheFrontEnds = noClasses()
            .that().resideInAnyPackage("..model..", "..csv..", "..report..", "..source..", "..io..")
            .should().dependOnClassesThat().resideInAnyPackage("..cli..", "..ui..", "..app..");

    @ArchTest
    static final ArchRule cliAndUiDoNotImportEachOther = noClasses()
            .that().resideInAPackage("..cli..")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule uiDoesNotImportTheCli = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("..cli..");

    @ArchTest
    static final ArchRule onlyTheFrontEndsWriteToStandardStreams = noClasses()
            .that().resideOutsideOfPackages("..cli..", "..app..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
}
