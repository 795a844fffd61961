package cn.dlm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import cn.dlm.platform.FeatureApi;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md: the platform imports no feature, a feature uses another feature only
 * through the types that feature marks {@link FeatureApi} (its process contract, Json shapes, offered services),
 * and no two packages depend on each other round about.
 */
class ArchitectureTest {

  static final String ROOT = "cn.dlm";
  static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

  static final ArchRule PLATFORM_IMPORTS_NO_FEATURE = noClasses().that().resideInAPackage(ROOT + ".platform..")
      .should().dependOnClassesThat(DescribedPredicate.describe("are in a feature", ArchitectureTest::isFeatureClass));

  static final ArchRule FEATURES_MEET_ONLY_THROUGH_THEIR_API = ArchRuleDefinition.classes()
      .that(DescribedPredicate.describe("are in a feature", ArchitectureTest::isFeatureClass))
      .should(useOtherFeaturesOnlyThroughTheirApi());

  static final ArchRule NO_PACKAGE_CYCLES = slices().matching(ROOT + ".(**)").should().beFreeOfCycles();

  static final String RECTIFICATION = ROOT + ".rectification";

  /** The ledger's domain is plain Java: no engine, and nothing of the process or the history that use it. */
  static final ArchRule RECTIFICATION_DOMAIN_STANDS_ALONE = noClasses().that()
      .resideInAPackage(RECTIFICATION + ".domain..").should().dependOnClassesThat()
      .resideInAnyPackage("org.camunda..", RECTIFICATION + ".process..", RECTIFICATION + ".history..");

  /** The process writes the ledger, the history reads it back: neither knows the other, both know the domain. */
  static final ArchRule RECTIFICATION_PROCESS_IGNORES_HISTORY = noClasses().that()
      .resideInAPackage(RECTIFICATION + ".process..").should().dependOnClassesThat()
      .resideInAPackage(RECTIFICATION + ".history..");

  static final ArchRule RECTIFICATION_HISTORY_IGNORES_PROCESS = noClasses().that()
      .resideInAPackage(RECTIFICATION + ".history..").should().dependOnClassesThat()
      .resideInAPackage(RECTIFICATION + ".process..");

  @Test
  void platformImportsNoFeature() {
    PLATFORM_IMPORTS_NO_FEATURE.check(PRODUCTION);
  }

  @Test
  void featuresMeetOnlyThroughTheirApi() {
    FEATURES_MEET_ONLY_THROUGH_THEIR_API.check(PRODUCTION);
  }

  @Test
  void noPackageCycles() {
    NO_PACKAGE_CYCLES.check(PRODUCTION);
  }

  @Test
  void rectificationDomainStandsAlone() {
    RECTIFICATION_DOMAIN_STANDS_ALONE.check(PRODUCTION);
  }

  @Test
  void rectificationProcessAndHistoryMeetOnlyInTheDomain() {
    RECTIFICATION_PROCESS_IGNORES_HISTORY.check(PRODUCTION);
    RECTIFICATION_HISTORY_IGNORES_PROCESS.check(PRODUCTION);
  }

  /** A feature is a package right below cn.dlm other than the platform; the application class is neither. */
  static String feature(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(ROOT + ".")) {
      return null;
    }
    String first = name.substring(ROOT.length() + 1).split("\\.")[0];
    return first.equals("platform") ? null : first;
  }

  static boolean isFeatureClass(JavaClass type) {
    return feature(type) != null;
  }

  private static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughTheirApi() {
    return new ArchCondition<>("use other features only through their @FeatureApi types") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          String targetFeature = feature(target);
          if (targetFeature == null || targetFeature.equals(feature(type)) || isApi(target)) {
            continue;
          }
          events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
        }
      }
    };
  }

  private static boolean isApi(JavaClass type) {
    JavaClass outermost = type;
    while (outermost.getEnclosingClass().isPresent()) {
      outermost = outermost.getEnclosingClass().get();
    }
    return outermost.isAnnotatedWith(FeatureApi.class);
  }
}
