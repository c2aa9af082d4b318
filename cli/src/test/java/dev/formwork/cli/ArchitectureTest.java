package dev.formwork.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Module rules that need every module on the classpath: only the deployer talks to AWS (design §2).
 */
class ArchitectureTest {

  private static final String AWS_SDK = "software.amazon.awssdk..";

  static final ArchRule ONLY_THE_DEPLOYER_USES_THE_AWS_SDK =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.formwork.deployer..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(AWS_SDK)
          .because("only the deployer imports the AWS SDK (design §2)");

  private static final JavaClasses MAIN_CLASSES =
      new ClassFileImporter()
          .withImportOption(new ImportOption.DoNotIncludeTests())
          .importPackages("dev.formwork");

  @Test
  void onlyTheDeployerUsesTheAwsSdk() {
    ONLY_THE_DEPLOYER_USES_THE_AWS_SDK.check(MAIN_CLASSES);
  }

  /** The rule above can fail: every module is imported, and the deployer does use the SDK. */
  @Test
  void everyModuleIsCheckedAndTheDeployerUsesTheSdk() {
    Set<String> modules = new TreeSet<>();
    for (JavaClass javaClass : MAIN_CLASSES) {
      modules.add(javaClass.getPackageName().split("\\.")[2]);
    }
    assertEquals(Set.of("cli", "compiler", "deployer", "packager", "process", "schema"), modules);
    ArchRule deployerUsesNoSdk =
        noClasses()
            .that()
            .resideInAPackage("dev.formwork.deployer..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(AWS_SDK);
    assertThrows(AssertionError.class, () -> deployerUsesNoSdk.check(MAIN_CLASSES));
  }
}
