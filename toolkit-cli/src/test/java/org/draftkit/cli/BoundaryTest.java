package org.draftkit.cli;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.cli.violations.cycle.a.A;
import org.draftkit.cli.violations.cycle.b.B;
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
 *       needs them to call us;
 *   <li>toolkit-core exports {@link #CORE_API_PACKAGES} only: a public top-level class of core is
 *       in one of them (and, outside the model and the SPI, listed in {@link #CORE_API_TYPES}) or
 *       in an {@code internal} package.
 * </ul>
 *
 * <p>{@link #aViolationFailsTheRule} shows that each rule fails on a class that breaks it.
 */
class BoundaryTest {

  /** What an embedder must never meet in our API. */
  static final List<String> LIBRARY_PACKAGES =
      List.of(
          "org.apache.pdfbox",
          "org.apache.fontbox",
          "org.jsoup",
          "org.commonmark",
          "com.fasterxml.jackson",
          "io.javalin",
          "org.eclipse.jetty",
          "jakarta.servlet");

  private static final Pattern INTERNAL = Pattern.compile("(.*)\\.internal(\\..*)?");

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(
              location -> location.contains("/toolkit-")) // our modules, not the libraries
          .importPackages("org.draftkit");

  /** Internal packages are used from their owner package, in their own module. */
  static final ArchRule INTERNAL_STAYS_INSIDE =
      classes()
          .should(
              new ArchCondition<JavaClass>(
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
                      events.add(
                          SimpleConditionEvent.violated(
                              d,
                              d.getDescription()
                                  + (inOwner ? " (another module)" : " (outside " + owner + ")")));
                    }
                  }
                }
              });

  /**
   * No cycles between draftkit's top-level packages (the root package, façade and exceptions,
   * aside).
   */
  static final ArchRule NO_CYCLES_TOP_LEVEL =
      slices()
          .matching("org.draftkit.(*)..")
          .should()
          .beFreeOfCycles()
          // TODO(issue 11): the Consolidator split removes amend <-> positions; then drop this
          // exception
          .ignoreDependency(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "in amend or positions",
                  (JavaClass c) ->
                      c.getPackageName().startsWith("org.draftkit.amend")
                          || c.getPackageName().startsWith("org.draftkit.positions")),
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "in amend or positions",
                  (JavaClass c) ->
                      c.getPackageName().startsWith("org.draftkit.amend")
                          || c.getPackageName().startsWith("org.draftkit.positions")));

  /** No cycles between the packages of the importers, nor of the exporters. */
  static final ArchRule NO_CYCLES_PLUGINS =
      slices()
          .matching("org.draftkit.(importer|exporter).(*)..")
          .should()
          .beFreeOfCycles()
          .allowEmptyShould(true);

  /** Public methods and constructors of the API take and return none of the libraries' types. */
  static final ArchRule NO_LIBRARY_TYPES_IN_METHODS =
      codeUnits()
          .that()
          .arePublic()
          .or()
          .areProtected()
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("..internal..")
          .should(
              new ArchCondition<JavaCodeUnit>("take and return no library type") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                  List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
                  types.add(unit.getReturnType());
                  types.addAll(unit.getExceptionTypes());
                  report(unit, unit.getFullName(), types, events);
                }
              });

  /** Public fields of the API are of none of the libraries' types. */
  static final ArchRule NO_LIBRARY_TYPES_IN_FIELDS =
      fields()
          .that()
          .arePublic()
          .or()
          .areProtected()
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("..internal..")
          .should(
              new ArchCondition<JavaField>("be of no library type") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                  report(field, field.getFullName(), List.of(field.getType()), events);
                }
              })
          .allowEmptyShould(true);

  /** Public types of the API extend and implement none of the libraries' types. */
  static final ArchRule NO_LIBRARY_SUPERTYPES =
      classes()
          .that()
          .arePublic()
          .and()
          .resideOutsideOfPackage("..internal..")
          .should(
              new ArchCondition<JavaClass>("extend and implement no library type") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                  List<JavaType> types = new ArrayList<>();
                  c.getRawSuperclass().ifPresent(types::add);
                  types.addAll(c.getInterfaces());
                  report(c, c.getName(), types, events);
                }
              });

  private static void report(
      Object item, String name, List<? extends JavaType> types, ConditionEvents events) {
    for (JavaType t : types) {
      for (JavaClass raw : t.getAllInvolvedRawTypes()) {
        if (LIBRARY_PACKAGES.stream().anyMatch(p -> raw.getPackageName().startsWith(p))) {
          events.add(SimpleConditionEvent.violated(item, name + " exposes " + raw.getName()));
        }
      }
    }
  }

  /**
   * The packages of toolkit-core an embedder or a plugin author uses: the façade with its requests,
   * exceptions and limits; the model; the SPI; the engines and the results the exporters take; the
   * plugin registry, the injection module, atomic files, the batch API.
   */
  static final List<String> CORE_API_PACKAGES =
      List.of(
          "org.draftkit",
          "org.draftkit.model",
          "org.draftkit.spi",
          "org.draftkit.amend",
          "org.draftkit.compare",
          "org.draftkit.positions",
          "org.draftkit.uptake",
          "org.draftkit.batch",
          "org.draftkit.registry",
          "org.draftkit.inject",
          "org.draftkit.io",
          "org.draftkit.align");

  /** The API packages whose every public type is API by definition. */
  static final List<String> CORE_OPEN_PACKAGES = List.of("org.draftkit.model", "org.draftkit.spi");

  /**
   * The public types of core's other API packages, each a decision: a new public class there fails
   * the build until it is listed here with the reason it is public in its Javadoc's first line,
   * made package-private, or moved to an {@code internal} package.
   */
  static final Set<String> CORE_API_TYPES =
      Set.of(
          // the façade, its requests, exceptions and limits
          "org.draftkit.Toolkit",
          "org.draftkit.Limits",
          "org.draftkit.ConvertRequest",
          "org.draftkit.CompareRequest",
          "org.draftkit.HistoryRequest",
          "org.draftkit.ConsolidateRequest",
          "org.draftkit.PositionsRequest",
          "org.draftkit.UptakeRequest",
          "org.draftkit.AlignRequest",
          "org.draftkit.DraftkitException",
          "org.draftkit.ImportException",
          "org.draftkit.CorruptDocumentException",
          "org.draftkit.EncryptedDocumentException",
          "org.draftkit.LimitExceededException",
          "org.draftkit.UnsupportedFormatException",
          "org.draftkit.ExportException",
          // alignment of language versions: the engine behind Toolkit.align and its result
          "org.draftkit.align.Aligner",
          "org.draftkit.align.Alignment",
          // comparison: the engine, its results, and what every rendering of a history shares
          "org.draftkit.compare.Comparer",
          "org.draftkit.compare.Comparison",
          "org.draftkit.compare.AlignedPair",
          "org.draftkit.compare.Segment",
          "org.draftkit.compare.WordEdit",
          "org.draftkit.compare.DiffOp",
          "org.draftkit.compare.Summary",
          "org.draftkit.compare.RevisionHistory",
          "org.draftkit.compare.LineageText",
          "org.draftkit.compare.Brackets",
          // consolidation: the engines, their inputs and results, the moves every rendering shows
          "org.draftkit.amend.Consolidator",
          "org.draftkit.amend.ProposalReader",
          "org.draftkit.amend.Consolidation",
          "org.draftkit.amend.Proposals",
          "org.draftkit.amend.OptionGroup",
          "org.draftkit.amend.MarkConvention",
          "org.draftkit.amend.Submission",
          "org.draftkit.amend.SubmissionSet",
          "org.draftkit.amend.Moves",
          // positions and uptake: the engines, their inputs and results
          "org.draftkit.positions.PositionReader",
          "org.draftkit.positions.PositionTable",
          "org.draftkit.positions.PartyNames",
          "org.draftkit.uptake.UptakeTracker",
          "org.draftkit.uptake.Uptake",
          "org.draftkit.uptake.Fate",
          "org.draftkit.uptake.ProposalKind",
          // for plugin authors, the CLI, the server and the Spark job
          "org.draftkit.registry.PluginRegistry",
          "org.draftkit.registry.PluginDiscovery",
          "org.draftkit.registry.PluginProblem",
          "org.draftkit.inject.DraftkitModule",
          "org.draftkit.io.AtomicFiles",
          "org.draftkit.batch.BatchConverter",
          "org.draftkit.batch.BatchItem",
          "org.draftkit.batch.BatchListener",
          "org.draftkit.batch.BatchReport",
          "org.draftkit.batch.BatchStatus");

  /** Core's public top-level classes are its API or internal. */
  static final ArchRule CORE_EXPORTS_ONLY_ITS_API =
      exportsOnly(
          describe("in toolkit-core", (JavaClass c) -> module(c).contains("toolkit-core")),
          CORE_API_PACKAGES,
          CORE_OPEN_PACKAGES,
          CORE_API_TYPES);

  /**
   * The public top-level classes of a module (chosen by {@code inModule}) reside in an internal
   * package, in an open package, or in an API package and among {@code types}.
   */
  static ArchRule exportsOnly(
      DescribedPredicate<JavaClass> inModule,
      List<String> packages,
      List<String> open,
      Set<String> types) {
    return classes()
        .that(inModule)
        .and()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should(
            new ArchCondition<JavaClass>(
                "reside in an API package "
                    + packages
                    + " (outside "
                    + open
                    + " only if listed) or in an internal package") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                String pkg = c.getPackageName();
                if (INTERNAL.matcher(pkg).matches() || open.contains(pkg)) {
                  return;
                }
                if (!packages.contains(pkg)) {
                  events.add(
                      SimpleConditionEvent.violated(
                          c,
                          c.getName()
                              + " is public outside the exported packages: make it package-private or move it to an"
                              + " internal package"));
                } else if (!types.contains(c.getName())) {
                  events.add(
                      SimpleConditionEvent.violated(
                          c,
                          c.getName()
                              + " is public but not in the API list: make it package-private, move it to an internal"
                              + " package, or list it (BoundaryTest.CORE_API_TYPES) and say why in its Javadoc"));
                }
              }
            });
  }

  /** The jar or classes folder a class was loaded from: its module. */
  static String module(JavaClass c) {
    return c.getSource()
        .map(
            s -> {
              String uri = s.getUri().toString();
              int jar = uri.indexOf(".jar!");
              if (jar >= 0) {
                return uri.substring(0, jar + 4);
              }
              int classes = uri.indexOf("/target/classes/");
              return classes >= 0 ? uri.substring(0, classes) : uri;
            })
        .orElse("?");
  }

  @Test
  void theRulesSeeEveryModule() {
    for (String c :
        List.of(
            "org.draftkit.Toolkit",
            "org.draftkit.importer.unpdf.UnPdfImporter",
            "org.draftkit.exporter.docx.DocumentDocxExporter",
            "org.draftkit.json.JsonImporter",
            "org.draftkit.server.DraftkitServer",
            "org.draftkit.cli.DraftkitCli")) {
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
  void coreExportsOnlyItsApi() {
    CORE_EXPORTS_ONLY_ITS_API.check(MAIN);
    for (String type : CORE_API_TYPES) { // the list names no class that is gone or no longer public
      org.junit.jupiter.api.Assertions.assertTrue(
          MAIN.contain(type) && MAIN.get(type).getModifiers().contains(JavaModifier.PUBLIC),
          type + " listed but not public");
    }
  }

  @Test
  void aViolationFailsTheRule() {
    JavaClasses bad =
        new ClassFileImporter()
            .importClasses(
                org.draftkit.cli.violations.UsesAnotherPackagesInternal.class,
                org.draftkit.cli.violations.ExposesJsoup.class,
                org.draftkit.cli.violations.cycle.a.A.class,
                org.draftkit.cli.violations.cycle.b.B.class);
    org.junit.jupiter.api.Assertions.assertThrows(
        AssertionError.class, () -> INTERNAL_STAYS_INSIDE.check(bad));
    org.junit.jupiter.api.Assertions.assertThrows(
        AssertionError.class, () -> NO_LIBRARY_TYPES_IN_METHODS.check(bad));
    org.junit.jupiter.api.Assertions.assertThrows(
        AssertionError.class,
        () ->
            slices()
                .matching("org.draftkit.cli.violations.cycle.(*)..")
                .should()
                .beFreeOfCycles()
                .check(bad));
    DescribedPredicate<JavaClass> violations =
        describe(
            "violations",
            (JavaClass c) -> c.getPackageName().startsWith("org.draftkit.cli.violations"));
    List<String> halves =
        List.of("org.draftkit.cli.violations.cycle.a", "org.draftkit.cli.violations.cycle.b");
    // public classes outside the exported packages
    org.junit.jupiter.api.Assertions.assertThrows(
        AssertionError.class,
        () ->
            exportsOnly(violations, halves, List.of(), Set.of(A.class.getName(), B.class.getName()))
                .check(bad));
    // a public class of an exported package that the list does not name
    org.junit.jupiter.api.Assertions.assertThrows(
        AssertionError.class,
        () ->
            exportsOnly(
                    violations,
                    halves,
                    List.of("org.draftkit.cli.violations"),
                    Set.of(A.class.getName()))
                .check(bad));
    exportsOnly(
            violations,
            halves,
            List.of("org.draftkit.cli.violations"),
            Set.of(A.class.getName(), B.class.getName()))
        .check(bad);
  }
}
