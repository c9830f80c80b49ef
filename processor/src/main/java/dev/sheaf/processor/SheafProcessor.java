package dev.sheaf.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.sun.source.util.Trees;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.plan.Planner;
import dev.sheaf.processor.read.UnresolvedTypes;
import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.report.Reporter;
import dev.sheaf.processor.validate.ForeignProjections;
import dev.sheaf.processor.validate.ProjectionValidator;
import dev.sheaf.processor.write.RepositoryIndex;
import dev.sheaf.processor.write.RepositoryWriter;
import dev.sheaf.processor.write.SourceFile;
import java.io.IOException;
import java.lang.annotation.AnnotationTypeMismatchException;
import java.lang.annotation.IncompleteAnnotationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Writes a {@code <Dto>Repository} for every {@code @Projection} type. Per type, in order:
 * <ol>
 *   <li>{@link ProjectionValidator} reads the type, and every projection it reaches, and judges
 *       them into a model, reporting each misuse on its element (reading is {@code read/}: the
 *       fields and annotations as written; judging is {@code validate/}); {@link
 *       ForeignProjections} checks that the repository can build those of other packages;</li>
 *   <li>{@link Planner} turns the model into statements;</li>
 *   <li>{@link RepositoryWriter} writes the repository with JavaPoet.</li>
 * </ol>
 * A type with errors gets no repository. The processor never throws: an unexpected failure is an
 * error on the type being processed.
 *
 * <p>A type that reaches a type javac cannot resolve yet, perhaps one another processor writes in
 * a later round, waits in {@link DeferredProjections} and is read in the first round where
 * everything it reaches resolves, so its repository is written once, from complete types. What
 * still waits in the last round is read then, and its other mistakes reported; the unresolved
 * type itself is javac's "cannot find symbol" to report, not Sheaf's.
 *
 * <p>In the last round it lists every repository it wrote in {@link RepositoryIndex}, for
 * frameworks (sheaf-spring) that make them beans without scanning the classpath.
 */
@AutoService(Processor.class)
public final class SheafProcessor extends AbstractProcessor {
  private static final String PROJECTION = "dev.sheaf.Projection";
  /** Schema (DDL) files or folders to check projections against; see {@link SchemaOption}. */
  static final String SCHEMA_OPTION = "sheaf.schema";

  /** Read once, at the first round that needs it. */
  private SchemaOption schema;
  private final DeferredProjections deferred = new DeferredProjections();
  /** Every round's repositories, written out in the last. */
  private final RepositoryIndex index = new RepositoryIndex();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(PROJECTION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SCHEMA_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement projection = processingEnv.getElementUtils().getTypeElement(PROJECTION);
    if (projection == null) {
      return false;
    }
    Reporter reporter = new Reporter(processingEnv.getMessager());
    if (schema == null) {
      schema = SchemaOption.read(processingEnv.getOptions().get(SCHEMA_OPTION), reporter);
    }
    ProjectionValidator validator = new ProjectionValidator(
        processingEnv.getTypeUtils(), reporter, this::fromSource, schema.schema());
    ForeignProjections foreign = new ForeignProjections(processingEnv.getElementUtils(), reporter);
    for (TypeElement dto : projections(round, projection)) {
      try {
        // Before the last round a later one may bring the missing type; in the last, nothing will.
        if (!round.processingOver() && UnresolvedTypes.reachedFrom(dto)) {
          deferred.defer(dto);
          continue;
        }
        Optional<ProjectionModel> model = validator.validate(dto);
        if (model.isPresent() && foreign.check(dto, model.get())) {
          RepositoryWriter writer = new RepositoryWriter(name -> declaresType(dto, name));
          write(dto, writer.write(new Planner().plan(model.get()), dto), reporter);
        }
      } catch (IncompleteAnnotationException | AnnotationTypeMismatchException e) {
        if (!javacReports(e)) {
          reporter.internalError(dto, e);
        }
      } catch (RuntimeException | LinkageError e) {
        reporter.internalError(dto, e);
      }
    }
    if (round.processingOver()) {
      writeIndex(reporter);
    }
    return false;
  }

  private void writeIndex(Reporter reporter) {
    try {
      index.writeTo(processingEnv.getFiler());
    } catch (IOException | RuntimeException e) {
      reporter.report(Message.WRITE_FAILED, RepositoryIndex.RESOURCE, e);
    }
  }

  /** Those deferred from earlier rounds, then this round's new ones, each once. */
  private List<TypeElement> projections(RoundEnvironment round, TypeElement projection) {
    List<TypeElement> types = deferred.takeAll(processingEnv.getElementUtils());
    for (Element element : round.getElementsAnnotatedWith(projection)) {
      if (element instanceof TypeElement dto && types.stream().noneMatch(
          known -> known.getQualifiedName().contentEquals(dto.getQualifiedName()))) {
        types.add(dto);
      }
    }
    return types;
  }

  /** Whether javac compiles {@code type} from source in this build; true where it cannot tell. */
  private boolean fromSource(TypeElement type) {
    try {
      return Trees.instance(processingEnv).getPath(type) != null;
    } catch (IllegalArgumentException notJavac) {
      return true;
    }
  }

  /**
   * Whether javac reports, on the source, the attribute value {@code e} found missing: a required
   * attribute left out, or a value of the wrong type (processors see such code only when javac
   * goes on after errors, or in an IDE). Not so if the annotation as compiled has no such
   * attribute at all: a sheaf-runtime older than the processor.
   */
  private boolean javacReports(RuntimeException e) {
    if (!(e instanceof IncompleteAnnotationException incomplete)) {
      return true;
    }
    TypeElement annotation = processingEnv.getElementUtils()
        .getTypeElement(incomplete.annotationType().getCanonicalName());
    return annotation != null && ElementFilter.methodsIn(annotation.getEnclosedElements()).stream()
        .anyMatch(attribute -> attribute.getSimpleName().contentEquals(incomplete.elementName()));
  }

  /** Whether {@code dto}'s package declares a type named {@code simpleName}. */
  private boolean declaresType(TypeElement dto, String simpleName) {
    Elements elements = processingEnv.getElementUtils();
    String packageName = elements.getPackageOf(dto).getQualifiedName().toString();
    return elements.getTypeElement(
        packageName.isEmpty() ? simpleName : packageName + "." + simpleName) != null;
  }

  private void write(TypeElement dto, JavaFile file, Reporter reporter) {
    try {
      SourceFile.write(file, processingEnv.getFiler());
      String packageName = file.packageName();
      String name = file.typeSpec().name();
      index.add(packageName.isEmpty() ? name : packageName + "." + name, dto);
    } catch (IOException e) {
      reporter.report(Reporter.Origin.of(dto), Message.WRITE_FAILED, file.typeSpec().name(), e);
    }
  }
}
