package dev.sheaf.processor.write;

import static dev.sheaf.processor.write.RuntimeTypes.GENERATED;
import static dev.sheaf.processor.write.RuntimeTypes.HANDLE;
import static dev.sheaf.processor.write.RuntimeTypes.JDBI;
import static dev.sheaf.processor.write.RuntimeTypes.LOAD;
import static dev.sheaf.processor.write.RuntimeTypes.LOADER;
import static dev.sheaf.processor.write.RuntimeTypes.PAGE;
import static dev.sheaf.processor.write.RuntimeTypes.ROOT_FILTER;
import static dev.sheaf.processor.write.RuntimeTypes.ROOT_QUERY;
import static dev.sheaf.processor.write.RuntimeTypes.ROWS;
import static dev.sheaf.processor.write.RuntimeTypes.SELECT;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.plan.ChainLevel;
import dev.sheaf.processor.plan.FieldLevel;
import dev.sheaf.processor.plan.Level;
import dev.sheaf.processor.plan.ReferenceLevel;
import dev.sheaf.processor.plan.RepositoryPlan;
import dev.sheaf.processor.plan.RootLevel;
import dev.sheaf.processor.plan.TreeLevel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes the repository a plan describes: a {@code Select} per statement, a private method per
 * level, a row record per level, and the public loads.
 */
public final class RepositoryWriter {
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName COLLECTION = ClassName.get(Collection.class);
  private static final ClassName SET = ClassName.get(Set.class);

  private final Predicate<String> packageDeclares;

  /**
   * @param packageDeclares whether the DTO's package declares a type of this simple name, which
   *     would hide the java.lang type of that name from the repository
   */
  public RepositoryWriter(Predicate<String> packageDeclares) {
    this.packageDeclares = packageDeclares;
  }

  /**
   * The repository's source.
   *
   * @param origin the DTO it was made from: the file's one originating element, by which
   *     Gradle's incremental processing knows to delete the file when the DTO goes
   */
  public JavaFile write(RepositoryPlan plan, Element origin) {
    ProjectionModel projection = plan.projection();
    RootLevel root = plan.root();
    String statementList = StatementDocs.list(root);
    TypeSpec.Builder type = TypeSpec.classBuilder(plan.repository())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", "dev.sheaf.processor.SheafProcessor").build())
        .addJavadoc("Loads {@link $T}s complete, in at most $L, whatever the number of rows:\n",
            projection.type(), plan.statements() == 1 ? "1 statement" : plan.statements() + " statements")
        .addJavadoc("$L", statementList)
        .addJavadoc("\n<p>Every load reads one snapshot: one transaction (REPEATABLE READ, read-only)"
            + " or the caller's\n(see {@link #attach}). {@code SheafConfig} may send a load to a"
            + " replica ({@code setReads}), or\nrun a level's independent statements side by side"
            + " on connections that share its snapshot\n({@code setParallelConnections}). A level"
            + " with no rows to load skips its statement and those\nbelow it.\n")
        .addJavadoc("\n<p>Each statement is a {@link $T}, which the runtime renders for the database"
            + " and the kind of\nload; its Javadoc shows the PostgreSQL text, and"
            + " {@code Select.sql(dialect, restriction)}\nshows any other.\n", SELECT);

    LevelWriter levels = new LevelWriter(plan);
    type.addField(FieldSpec.builder(TypeName.INT, "STATEMENTS", Modifier.PUBLIC, Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("The most statements any load of this repository runs, whatever the number of rows.\n")
        .initializer("$L", plan.statements()).build());
    levels.addStatements(type);
    if (plan.takesParameters()) {
      type.addJavadoc("\n<p>Its annotations name call-time parameters: bind each before a load,"
          + " on the repository\n({@code bind(name, value).findAll()}) or on a query. See"
          + " {@link #PARAMETERS}.\n");
      type.addField(parametersField(plan));
    }
    type.addField(LOADER, "loader", Modifier.PRIVATE, Modifier.FINAL);

    addConstructors(type, plan);
    addPublicLoads(type, plan, levels,
        "It runs the statements the class lists: at most {@link #STATEMENTS}.\n");
    levels.addLevels(type);
    type.addOriginatingElement(Objects.requireNonNull(origin, "origin"));
    // JavaPoet writes java.lang types by simple name; these it must write in full.
    type.alwaysQualify(
        JavaLangNames.of(plan).stream().filter(packageDeclares).toArray(String[]::new));
    return JavaFile.builder(plan.repository().packageName(), type.build())
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }

  /** The names of the call-time parameters, with the fields that use each in its Javadoc. */
  private static FieldSpec parametersField(RepositoryPlan plan) {
    CodeBlock.Builder uses = CodeBlock.builder()
        .add("The call-time parameters this repository's annotation SQL names; every load binds"
            + " each:\n<ul>\n");
    plan.parameters().forEach((name, labels) -> uses.add("  <li>{@code :$L}, in $L</li>\n", name,
        String.join(", ", labels.stream().map(label -> "{@code " + label + "}").toList())));
    uses.add("</ul>\n");
    String names = String.join(", ", Collections.nCopies(plan.parameters().size(), "$S"));
    return FieldSpec.builder(ParameterizedTypeName.get(SET, ClassName.get(String.class)),
            "PARAMETERS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(uses.build())
        .initializer("$T.of(" + names + ")", Stream.concat(Stream.of(SET),
            plan.parameters().keySet().stream()).toArray())
        .build();
  }

  private static void addConstructors(TypeSpec.Builder type, RepositoryPlan plan) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A repository whose loads each open a handle of {@code jdbi}, and close it.\n")
        .addParameter(JDBI, "jdbi");
    if (plan.takesParameters()) {
      constructor.addStatement("this($T.of(jdbi).declaring($S, PARAMETERS))", LOADER,
          plan.repository().simpleName());
    } else {
      constructor.addStatement("this($T.of(jdbi))", LOADER);
    }
    type.addMethod(constructor.build());
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(LOADER, "loader")
        .addStatement("this.loader = loader")
        .build());
    type.addMethod(MethodSpec.methodBuilder("attach")
        .addModifiers(Modifier.PUBLIC)
        .returns(plan.repository())
        .addJavadoc("This repository's loads on {@code handle}: inside its transaction when it has"
            + " one (at its\nisolation: REPEATABLE READ keeps counts and collections in step),"
            + " else in a REPEATABLE READ\ntransaction of their own. The handle stays open.\n")
        .addParameter(HANDLE, "handle")
        .addStatement("return new $T(loader.attach(handle))", plan.repository())
        .build());
    if (plan.takesParameters()) {
      type.addMethod(MethodSpec.methodBuilder("bind")
          .addModifiers(Modifier.PUBLIC)
          .returns(plan.repository())
          .addJavadoc("This repository with the parameter {@code :name} of its annotations bound"
              + " to {@code value}\n(null too) in every statement that names it.\n\n"
              + "@throws IllegalArgumentException when no annotation names it\n")
          .addParameter(String.class, "name")
          .addParameter(Object.class, "value")
          .addStatement("return new $T(loader.bind(name, value))", plan.repository())
          .build());
    }
  }

  private static void addPublicLoads(
      TypeSpec.Builder type, RepositoryPlan plan, LevelWriter levels, String statements) {
    ProjectionModel projection = plan.projection();
    ClassName dto = projection.type();
    TypeName listOfDto = ParameterizedTypeName.get(LIST, dto);
    TypeName keyType = projection.key().type();
    TypeName keys = ParameterizedTypeName.get(COLLECTION, keyType.box());
    String keyName = projection.key().name();
    RootLevel root = plan.root();
    String rowType = LevelWriter.rowTypeName(root);

    type.addMethod(MethodSpec.methodBuilder("findAll")
        .addModifiers(Modifier.PUBLIC)
        .returns(listOfDto)
        .addJavadoc("Loads every {@code $L}, complete, in the default order.\n", dto.simpleName())
        .addJavadoc("$L", statements)
        .addStatement("return loader.load($S, STATEMENTS,\nload -> page(load, $T.all()).items())",
            plan.repository().simpleName() + ".findAll", ROOT_FILTER)
        .build());
    type.addMethod(MethodSpec.methodBuilder("findById")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), dto))
        .addJavadoc("Loads the {@code $L} whose key is {@code $L}, complete, or empty.\n",
            dto.simpleName(), keyName)
        .addJavadoc("$L", statements)
        .addParameter(keyType, keyName)
        .addStatement("return byKeys($S, $T.of($L)).stream().findFirst()", "findById", LIST, keyName)
        .build());
    type.addMethod(MethodSpec.methodBuilder("findAllById")
        .addModifiers(Modifier.PUBLIC)
        .returns(listOfDto)
        .addJavadoc("Loads the {@code $L}s whose keys are given, complete, in the order of the"
            + " keys;\nunknown keys are skipped and a repeated key gives one row. No keys, no"
            + " statement.\n", dto.simpleName())
        .addJavadoc("$L", statements)
        .addParameter(keys, "keys")
        .addStatement("return byKeys($S, keys)", "findAllById")
        .build());
    type.addMethod(MethodSpec.methodBuilder("query")
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ROOT_QUERY, dto))
        .addJavadoc("A query on the root rows: a condition on {@code $L}'s columns with named"
            + " parameters,\nan order, a limit and an offset; {@code list()} loads the matching"
            + " rows, complete,\n{@code page()} a page with the total (one statement more), and"
            + " {@code useStream}\nstreams them in chunks, each chunk complete. Each list, page"
            + " or chunk runs the statements\nthe class lists: at most {@link #STATEMENTS}.\n",
            projection.table())
        .addStatement("return new $T<>(loader,$W$S,$WSTATEMENTS,$W$L,$Wthis::page)", ROOT_QUERY,
            plan.repository().simpleName() + ".query", levels.constantName(root))
        .build());

    ClassName row = ClassName.get("", rowType);
    String name = plan.repository().simpleName() + ".";
    MethodSpec.Builder page = MethodSpec.methodBuilder("page")
        .addModifiers(Modifier.PRIVATE)
        .returns(ParameterizedTypeName.get(PAGE, dto))
        .addParameter(LOAD, "load")
        .addParameter(ROOT_FILTER, "filter");
    List<FieldLevel> wholeTables = root.children().stream()
        .filter(child -> !(child instanceof ReferenceLevel)).toList();
    if (!wholeTables.isEmpty()) {
      // Below every root row a collection reads its table whole: it need not wait for the root.
      page.addComment("A load of every row may read these whole tables beside the root statement.");
    }
    for (FieldLevel child : wholeTables) {
      ClassName childRow = ClassName.get("", LevelWriter.rowTypeName(child));
      page.addStatement("load.prefetch(filter,$W$L,$W$T::reader)", levels.constantName(child),
          childRow);
    }
    type.addMethod(page
        .addStatement("$T<$T> rows =$Wload.root($L,$Wfilter,$W$T::reader)",
            LIST, row, levels.constantName(root), row)
        .addStatement("return $T.of($L(load, rows$L),$Wrows,$W$T::$L)", PAGE, root.name(),
            root.passesEveryRow() ? ", filter.everyRow()" : "", row,
            LevelWriter.componentName(root, projection.key()))
        .build());
    type.addMethod(MethodSpec.methodBuilder("byKeys")
        .addModifiers(Modifier.PRIVATE)
        .returns(listOfDto)
        .addParameter(String.class, "method")
        .addParameter(keys, "given")
        // The runtime drops repeated and null keys, and runs no load for none.
        .addCode("return loader.byKeys($S + method,$WSTATEMENTS,$Wgiven,$W(load, keys) -> {\n$>",
            name)
        .addStatement("$T<$T> rows =$Wload.byKeys($L,$W$T.class,$Wkeys,$W$T::reader)",
            LIST, row, levels.constantName(root), keyType.box(), row)
        .addStatement("return $L(load,$W$T.inKeyOrder(keys, rows, $T::$L)$L)", root.name(), ROWS,
            row, LevelWriter.componentName(root, projection.key()),
            root.passesEveryRow() ? ", false" : "")
        .addCode("$<});\n")
        .build());
  }

  /** The statements of a load as an HTML list, for Javadoc. */
  static final class StatementDocs {
    private StatementDocs() {}

    static String list(Level root) {
      List<String> items = new ArrayList<>();
      collect(root, items);
      return "<ol>\n" + String.join("", items) + "</ol>\n";
    }

    private static void collect(Level level, List<String> items) {
      items.add(wrapped("  <li>" + what(level) + "</li>") + "\n");
      level.children().forEach(child -> collect(child, items));
    }

    /**
     * {@code item} broken between words into lines within 100 columns after the comment's
     * {@code " * "}, the lines after the first one level further in.
     */
    static String wrapped(String item) {
      int width = SelectCode.COLUMNS - " * ".length();
      StringBuilder text = new StringBuilder();
      int lineStart = 0;
      for (String word : item.strip().split(" ")) {
        boolean first = text.length() == 0;
        if (!first && text.length() - lineStart + 1 + word.length() > width) {
          text.append("\n");
          lineStart = text.length();
          text.append("      ");
        } else {
          text.append(first ? "  " : " ");
        }
        text.append(word);
      }
      return text.toString();
    }

    private static String what(Level level) {
      String label = "{@code " + level.label() + "}";
      if (level instanceof RootLevel) {
        return "the " + label + " rows"
            + (level.row().fields().stream().anyMatch(AggregateField.class::isInstance)
                ? ", with their aggregates" : "");
      } else if (level instanceof ReferenceLevel) {
        return label + ", the referenced rows";
      } else if (level instanceof TreeLevel) {
        return label + ", every level under the keys of the level above, in one recursive"
            + " statement";
      } else if (level instanceof ChainLevel) {
        return label + ", the referenced rows and theirs up to the top, in one recursive"
            + " statement";
      }
      return label + ", for the keys of the level above";
    }
  }
}
