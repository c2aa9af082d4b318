package dev.formwork.compiler;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.stack.BucketNotifications;
import dev.formwork.compiler.synth.stack.DeployParameters;
import dev.formwork.compiler.synth.stack.HttpApiRoutes;
import dev.formwork.compiler.synth.stack.QueuePolicies;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package rules of {@code synth} (docs/architecture.md, "Where things are"), checked on the
 * compiled classes: dependencies point one way, from the resource synthesizers down to the typed
 * references, and no two synth packages depend on each other.
 */
class ArchitectureTest {

  private static final String SYNTH = "dev.formwork.compiler.synth";

  /**
   * Who may use whom inside synth; dependencies outside synth (naming, template, schema) are not
   * restricted here.
   */
  static final ArchRule SYNTH_LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("kernel")
          .definedBy(SYNTH)
          .layer("ref")
          .definedBy(SYNTH + ".ref..")
          .layer("stack")
          .definedBy(SYNTH + ".stack..")
          .layer("vpc")
          .definedBy(SYNTH + ".vpc..")
          .layer("function")
          .definedBy(SYNTH + ".function..")
          .layer("event")
          .definedBy(SYNTH + ".event..")
          .layer("connect")
          .definedBy(SYNTH + ".connect..")
          .layer("release")
          .definedBy(SYNTH + ".release..")
          .layer("resource")
          .definedBy(SYNTH + ".resource..")
          .whereLayer("ref")
          .mayNotAccessAnyLayer()
          .whereLayer("kernel")
          .mayOnlyAccessLayers("ref", "stack", "function")
          .whereLayer("stack")
          .mayOnlyAccessLayers("kernel", "ref")
          .whereLayer("vpc")
          .mayOnlyAccessLayers("kernel")
          .whereLayer("function")
          .mayOnlyAccessLayers("kernel", "ref")
          .whereLayer("event")
          .mayOnlyAccessLayers("kernel", "ref", "stack", "function")
          .whereLayer("connect")
          .mayOnlyAccessLayers("kernel", "ref", "stack", "vpc", "function")
          .whereLayer("release")
          .mayOnlyAccessLayers("kernel", "ref", "function", "stack")
          .whereLayer("resource")
          .mayNotBeAccessedByAnyLayer();

  /**
   * The kernel (context, index, values) holds the functions being assembled and the collectors, and
   * knows nothing else of the packages that use it.
   */
  static final ArchRule KERNEL_HOLDS_ONLY_ASSEMBLIES_AND_COLLECTORS =
      noClasses()
          .that()
          .resideInAPackage(SYNTH)
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(SYNTH + ".function..", SYNTH + ".stack..")
                  .and(
                      not(
                          belongToAnyOf(
                              FunctionAssembly.class,
                              QueuePolicies.class,
                              BucketNotifications.class,
                              HttpApiRoutes.class,
                              DeployParameters.class))));

  static final ArchRule NO_CYCLES_BETWEEN_SYNTH_PACKAGES =
      slices().matching(SYNTH + ".(*)..").should().beFreeOfCycles();

  /**
   * Events and connect targets refer to other resources through {@code synth.ref}, never through
   * the synthesizers that write them.
   */
  static final ArchRule EVENTS_AND_CONNECT_TARGETS_DO_NOT_USE_RESOURCE_SYNTHESIZERS =
      noClasses()
          .that()
          .resideInAnyPackage(SYNTH + ".event..", SYNTH + ".connect..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SYNTH + ".resource..");

  /**
   * The split into nested stacks works on the finished template and its owners alone, so it knows
   * nothing of synthesis, and synthesis nothing of it.
   */
  static final ArchRule SPLIT_WORKS_ON_TEMPLATES_ONLY =
      noClasses()
          .that()
          .resideInAPackage("dev.formwork.compiler.split..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SYNTH + "..")
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("dev.formwork.compiler.directive..");

  static final ArchRule SYNTHESIS_KNOWS_NOTHING_OF_THE_SPLIT =
      noClasses()
          .that()
          .resideInAPackage(SYNTH + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.formwork.compiler.split..");

  private static final JavaClasses MAIN_CLASSES =
      new ClassFileImporter()
          .withImportOption(new ImportOption.DoNotIncludeTests())
          .importPackages("dev.formwork.compiler");

  @Test
  void theSplitWorksOnTemplatesOnly() {
    SPLIT_WORKS_ON_TEMPLATES_ONLY.check(MAIN_CLASSES);
    SYNTHESIS_KNOWS_NOTHING_OF_THE_SPLIT.check(MAIN_CLASSES);
  }

  @Test
  void synthPackagesDependOnlyDownward() {
    SYNTH_LAYERS.check(MAIN_CLASSES);
  }

  @Test
  void theKernelHoldsOnlyAssembliesAndCollectors() {
    KERNEL_HOLDS_ONLY_ASSEMBLIES_AND_COLLECTORS.check(MAIN_CLASSES);
  }

  @Test
  void noTwoSynthPackagesDependOnEachOther() {
    NO_CYCLES_BETWEEN_SYNTH_PACKAGES.check(MAIN_CLASSES);
  }

  @Test
  void eventsAndConnectTargetsDoNotUseResourceSynthesizers() {
    EVENTS_AND_CONNECT_TARGETS_DO_NOT_USE_RESOURCE_SYNTHESIZERS.check(MAIN_CLASSES);
  }

  /**
   * The rules would catch an event that calls a resource synthesizer again: each fails once the
   * test fixture {@code synth.event.EventUsingAResourceSynthesizer} is added to the main classes.
   */
  @Test
  void theRulesCatchAnEventThatUsesAResourceSynthesizer() {
    ImportOption mainClasses = new ImportOption.DoNotIncludeTests();
    JavaClasses withViolation =
        new ClassFileImporter()
            .withImportOption(
                location ->
                    mainClasses.includes(location)
                        || location.contains("EventUsingAResourceSynthesizer"))
            .importPackages("dev.formwork.compiler");
    for (ArchRule rule :
        List.of(
            SYNTH_LAYERS,
            NO_CYCLES_BETWEEN_SYNTH_PACKAGES,
            EVENTS_AND_CONNECT_TARGETS_DO_NOT_USE_RESOURCE_SYNTHESIZERS)) {
      AssertionError error = assertThrows(AssertionError.class, () -> rule.check(withViolation));
      assertTrue(error.getMessage().contains("EventUsingAResourceSynthesizer"), error.getMessage());
    }
  }
}
