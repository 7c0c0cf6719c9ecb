package org.draftkit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasModifiers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The boundaries the build enforces, over the main classes of every draftkit module on this
 * module's classpath (all of them but the examples):
 *
 * <ul>
 *   <li>a package named {@code internal} belongs to the package that contains it, in the same
 *       module: {@code org.draftkit.compare.internal} is used by {@code org.draftkit.compare} and
 *       its subpackages in toolkit-core, and by nothing else; {@code org.draftkit.internal} by
 *       toolkit-core only;
 *   <li>no cycle between the top-level packages of draftkit, nor between the importers' or the
 *       exporters' packages;
 *   <li>no type of a format or server library (PDFBox, jsoup, commonmark, Jackson, Javalin) in a
 *       public signature of a public type outside the {@code internal} packages: an embedder never
 *       needs them to call us.
 * </ul>
 *
 * <p>{@link #aViolationFailsTheRule} shows that each rule fails on a class that breaks it.
 */
class BoundaryTest {

  /** What an embedder must never meet in our API. */
  static final List<String> LIBRARY_PACKAGES = List.of(
      "org.apache.pdfbox", "org.apache.fontbox", "org.jsoup", "org.commonmark",
      "com.fasterxml.jackson", "io.javalin", "org.eclipse.jetty", "jakarta.servlet");

  private static final Pattern INTERNAL = Pattern.compile("(.*)\\.internal(\\..*)?");

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> location.contains("/toolkit-")) // our modules, not the libraries
      .importPackages("org.draftkit");

  /** Internal packages are used from their owner package, in their own module. */
  static final ArchRule INTERNAL_STAYS_INSIDE = classes().should(new ArchCondition<JavaClass>(
      "use an internal package only from the package that contains it, in the same module") {
    @Override
    public void check(JavaClass origin, ConditionEvents events) {
      for (Dependency d : origin.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass().getBaseComponentType();
        Matcher m = INTERNAL.matcher(target.getPackageName());
        if (!target.getPackageName().startsWith("org.draftkit") || !m.matches()) {
          continue;
        }
        String owner = m.group(1);
        String from = origin.getPackageName();
        boolean inOwner = from.equals(owner) || from.startsWith(owner + ".");
        boolean sameModule = module(origin).equals(module(target));
        if (!inOwner || !sameModule) {
          events.add(SimpleConditionEvent.violated(d, d.getDescription()
              + (inOwner ? " (another module)" : " (outside " + owner + ")")));
        }
      }
    }
  });

  /** No cycles between draftkit's top-level packages (the root package, façade and exceptions, aside). */
  static final ArchRule NO_CYCLES_TOP_LEVEL = slices().matching("org.draftkit.(*)..")
      .should().beFreeOfCycles()
      // TODO(issue 11): the Consolidator split removes amend <-> positions; then drop this exception
      .ignoreDependency(
          com.tngtech.archunit.base.DescribedPredicate.describe("in amend or positions",
              (JavaClass c) -> c.getPackageName().startsWith("org.draftkit.amend")
                  || c.getPackageName().startsWith("org.draftkit.positions")),
          com.tngtech.archunit.base.DescribedPredicate.describe("in amend or positions",
              (JavaClass c) -> c.getPackageName().startsWith("org.draftkit.amend")
                  || c.getPackageName().startsWith("org.draftkit.positions")));

  /** No cycles between the packages of the importers, nor of the exporters. */
  static final ArchRule NO_CYCLES_PLUGINS = slices().matching("org.draftkit.(importer|exporter).(*)..")
      .should().beFreeOfCycles().allowEmptyShould(true);

  /** Public methods and constructors of the API take and return none of the libraries' types. */
  static final ArchRule NO_LIBRARY_TYPES_IN_METHODS = codeUnits()
      .that().arePublic().or().areProtected()
      .and().areDeclaredInClassesThat().arePublic()
      .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
      .should(new ArchCondition<JavaCodeUnit>("take and return no library type") {
        @Override
        public void check(JavaCodeUnit unit, ConditionEvents events) {
          List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
          types.add(unit.getReturnType());
          types.addAll(unit.getExceptionTypes());
          report(unit, unit.getFullName(), types, events);
        }
      });

  /** Public fields of the API are of none of the libraries' types. */
  static final ArchRule NO_LIBRARY_TYPES_IN_FIELDS = fields()
      .that().arePublic().or().areProtected()
      .and().areDeclaredInClassesThat().arePublic()
      .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
      .should(new ArchCondition<JavaField>("be of no library type") {
        @Override
        public void check(JavaField field, ConditionEvents events) {
          report(field, field.getFullName(), List.of(field.getType()), events);
        }
      }).allowEmptyShould(true);

  /** Public types of the API extend and implement none of the libraries' types. */
  static final ArchRule NO_LIBRARY_SUPERTYPES = classes()
      .that().arePublic()
      .and().resideOutsideOfPackage("..internal..")
      .should(new ArchCondition<JavaClass>("extend and implement no library type") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          List<JavaType> types = new ArrayList<>();
          c.getRawSuperclass().ifPresent(types::add);
          types.addAll(c.getInterfaces());
          report(c, c.getName(), types, events);
        }
      });

  private static void report(Object item, String name, List<? extends JavaType> types, ConditionEvents events) {
    for (JavaType t : types) {
      for (JavaClass raw : t.getAllInvolvedRawTypes()) {
        if (LIBRARY_PACKAGES.stream().anyMatch(p -> raw.getPackageName().startsWith(p))) {
          events.add(SimpleConditionEvent.violated(item, name + " exposes " + raw.getName()));
        }
      }
    }
  }

  /** The jar or classes folder a class was loaded from: its module. */
  static String module(JavaClass c) {
    return c.getSource().map(s -> {
      String uri = s.getUri().toString();
      int jar = uri.indexOf(".jar!");
      if (jar >= 0) {
        return uri.substring(0, jar + 4);
      }
      int classes = uri.indexOf("/target/classes/");
      return classes >= 0 ? uri.substring(0, classes) : uri;
    }).orElse("?");
  }

  @Test
  void theRulesSeeEveryModule() {
    for (String c : List.of("org.draftkit.Toolkit", "org.draftkit.importer.unpdf.UnPdfImporter",
        "org.draftkit.exporter.docx.DocumentDocxExporter", "org.draftkit.json.JsonImporter",
        "org.draftkit.server.DraftkitServer", "org.draftkit.cli.DraftkitCli")) {
      org.junit.jupiter.api.Assertions.assertTrue(MAIN.contain(c), c);
    }
  }

  @Test
  void internalPackagesStayInside() {
    INTERNAL_STAYS_INSIDE.check(MAIN);
  }

  @Test
  void packagesHaveNoCycles() {
    NO_CYCLES_TOP_LEVEL.check(MAIN);
    NO_CYCLES_PLUGINS.check(MAIN);
  }

  @Test
  void noLibraryTypeInAPublicSignature() {
    NO_LIBRARY_TYPES_IN_METHODS.check(MAIN);
    NO_LIBRARY_TYPES_IN_FIELDS.check(MAIN);
    NO_LIBRARY_SUPERTYPES.check(MAIN);
  }

  @Test
  void aViolationFailsTheRule() {
    JavaClasses bad = new ClassFileImporter().importClasses(
        org.draftkit.cli.violations.UsesAnotherPackagesInternal.class,
        org.draftkit.cli.violations.ExposesJsoup.class,
        org.draftkit.cli.violations.cycle.a.A.class,
        org.draftkit.cli.violations.cycle.b.B.class);
    org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> INTERNAL_STAYS_INSIDE.check(bad));
    org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> NO_LIBRARY_TYPES_IN_METHODS.check(bad));
    org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> slices().matching("org.draftkit.cli.violations.cycle.(*)..").should().beFreeOfCycles().check(bad));
  }
}
