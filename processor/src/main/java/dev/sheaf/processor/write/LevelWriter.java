package dev.sheaf.processor.write;

import static dev.sheaf.processor.write.RuntimeTypes.LOAD;
import static dev.sheaf.processor.write.RuntimeTypes.ROWS;
import static dev.sheaf.processor.write.RuntimeTypes.ROW_READER;
import static dev.sheaf.processor.write.RuntimeTypes.SELECT;
import static dev.sheaf.processor.write.RuntimeTypes.STATEMENT_CONTEXT;
import static dev.sheaf.processor.write.RuntimeTypes.TREE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.CollectionField.CollectionKind;
import dev.sheaf.processor.model.CollectionField.ColumnElement;
import dev.sheaf.processor.model.CollectionField.ProjectionElement;
import dev.sheaf.processor.model.CollectionField.TreeElement;
import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.ReferenceField;
import dev.sheaf.processor.plan.Level;
import dev.sheaf.processor.plan.RepositoryPlan;
import dev.sheaf.processor.write.RowComponents.Component;
import dev.sheaf.runtime.Dialect;
import dev.sheaf.runtime.internal.Select;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Writes each level of a plan: its statement constant, its method and its row record. */
final class LevelWriter {
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName SET = ClassName.get(Set.class);
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName OPTIONAL = ClassName.get(Optional.class);
  private static final ClassName COMPARATOR = ClassName.get(Comparator.class);

  private final RepositoryPlan plan;
  private final List<Level> levels = new ArrayList<>();
  /** Statement constants, kept clear of each other and of {@code STATEMENTS}. */
  private final NameAllocator constants = new NameAllocator();

  LevelWriter(RepositoryPlan plan) {
    this.plan = plan;
    collect(plan.root());
    constants.newName("STATEMENTS");
    for (Level level : levels) {
      String name = level.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
      constants.newName(name, level);
    }
  }

  private void collect(Level level) {
    levels.add(level);
    level.children().forEach(this::collect);
  }

  /** The constant that holds a level's statement. */
  String constantName(Level level) {
    return constants.get(level);
  }

  static String rowTypeName(Level level) {
    return Character.toUpperCase(level.name().charAt(0)) + level.name().substring(1) + "Row";
  }

  static String componentName(Level level, Field field) {
    return RowComponents.find(level, field).name();
  }

  void addStatements(TypeSpec.Builder type) {
    for (Level level : levels) {
      String of = "Statement " + level.statement() + " of " + plan.statements() + ": ";
      String doc = switch (level.kind()) {
        case ROOT -> of + "the {@code " + level.label() + "} rows.";
        case COLLECTION -> of + "{@code " + level.label() + "}.";
        case REFERENCE -> of + "{@code " + level.label() + "}, the referenced rows.";
        case TREE -> of + "{@code " + level.label() + "}, every level under the keys, in one"
            + "\nrecursive statement.";
        case CHAIN -> of + "{@code " + level.label() + "}, the referenced rows and theirs, up to"
            + "\nthe top, in one recursive statement.";
      };
      if (level.select().topN()) {
        doc += "\nA first load reads the rows in order and cuts them here; once a load reads more"
            + "\nthan twice the rows it keeps, PostgreSQL and MariaDB cut them with ROW_NUMBER().";
      }
      doc += level.kind() == Level.Kind.ROOT
          ? "\nOn PostgreSQL, for every row:" : "\nOn PostgreSQL, for a key set:";
      Select.Restriction shown =
          level.kind() == Level.Kind.ROOT ? Select.Restriction.EVERY_ROW : Select.Restriction.KEYS;
      type.addField(FieldSpec.builder(SELECT, constantName(level),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          // doc and the SQL hold user names, which may hold '$'.
          .addJavadoc("$L\n<pre>\n$L</pre>\n", doc,
              JavadocText.escape(level.select().sql(Dialect.POSTGRESQL, shown)))
          .initializer(SelectCode.of(level.select(), level.kind() == Level.Kind.REFERENCE))
          .build());
    }
  }

  void addLevels(TypeSpec.Builder type) {
    for (Level level : levels) {
      type.addMethod(switch (level.kind()) {
        case ROOT -> rootMethod(level);
        case TREE, CHAIN -> treeMethod(level);
        case COLLECTION, REFERENCE -> childMethod(level);
      });
    }
    for (Level level : levels) {
      type.addType(rowRecord(level));
    }
  }

  /** Loads what the root rows lead to, and builds the DTOs in the order of the rows. */
  private MethodSpec rootMethod(Level level) {
    ProjectionModel projection = level.projection();
    ClassName row = ClassName.get("", rowTypeName(level));
    NameAllocator names = localNames();
    MethodSpec.Builder method = MethodSpec.methodBuilder(level.name())
        .addModifiers(Modifier.PRIVATE)
        .returns(ParameterizedTypeName.get(LIST, projection.type()))
        .addParameter(LOAD, "load")
        .addParameter(ParameterizedTypeName.get(LIST, row), "rows");
    if (hasCollections(level)) {
      method.addParameter(TypeName.BOOLEAN, "everyRow");
    }
    method.addCode(childLoads(level, row, names));
    method.addStatement("$T<$T> built = new $T<>(rows.size())", LIST, projection.type(),
        ArrayList.class);
    method.beginControlFlow("for ($T row : rows)", row);
    Construction dto = construct(level, names, underTree(level, names));
    method.addCode(dto.locals());
    method.addStatement("built.add($L)", dto.value());
    method.endControlFlow();
    method.addStatement("return built");
    return method.build();
  }

  /** Runs a level's statement for the keys of the level above, and groups what it built. */
  private MethodSpec childMethod(Level level) {
    ClassName row = ClassName.get("", rowTypeName(level));
    NameAllocator names = localNames();
    TypeName key = level.keyType().box();
    MethodSpec.Builder method = MethodSpec.methodBuilder(level.name())
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("Statement $L of $L: {@code $L}.\n", level.statement(), plan.statements(),
            level.label())
        .returns(childReturnType(level))
        .addParameter(LOAD, "load")
        .addParameter(ParameterizedTypeName.get(LIST, key), "keys");
    if (level.kind() == Level.Kind.COLLECTION) {
      method.addParameter(TypeName.BOOLEAN, "everyParent");
    }
    method.beginControlFlow("if (keys.isEmpty())")
        .addStatement("return $T.of()", MAP)
        .endControlFlow();
    if (level.kind() == Level.Kind.COLLECTION) {
      method.addStatement("$T<$T> rows = load.children($L, $T.class, keys, everyParent, $T::reader)",
          LIST, row, constantName(level), key, row);
    } else {
      method.addStatement("$T<$T> rows = load.byKeys($L, $T.class, keys, $T::reader)",
          LIST, row, constantName(level), key, row);
    }
    if (level.select().ordersKeysInJava()) {
      TypeName keyType = level.projection().key().type();
      String compare = keyType.equals(TypeName.LONG) ? "comparingLong"
          : keyType.equals(TypeName.INT) ? "comparingInt" : "comparing";
      method.addStatement("rows.sort($T.$L($T::$L))", COMPARATOR, compare, row,
          componentName(level, level.projection().key()));
    }
    if (level.via() instanceof CollectionField collection && collection.cut()) {
      // A limit given when loading is the load's to read: the statement's parameter.
      CodeBlock limit = collection.limitParameter().isEmpty()
          ? CodeBlock.of("$L", collection.limit())
          : CodeBlock.of("load.limit($L)", constantName(level));
      method.addStatement("rows = $T.firstPerParent(rows, $T::$L, $L)", ROWS, row,
          RowComponents.find(level, RowComponents.PARENT_KEY).name(), limit);
    }
    if (level.projection() == null) {
      CollectionField collection = (CollectionField) level.via();
      method.addStatement("return $T.$L(rows, $T::parentKey, $T::value)", ROWS, grouping(collection),
          row, row);
      return method.build();
    }
    method.addCode(childLoads(level, row, names));
    CodeBlock grouped = level.via() instanceof CollectionField collection
        ? CodeBlock.of("$T.$L(rows, $T::$L, ", ROWS, grouping(collection), row,
            RowComponents.find(level, RowComponents.PARENT_KEY).name())
        : CodeBlock.of("$T.byKey(rows, $T::$L, ", ROWS, row,
            componentName(level, level.projection().key()));
    Construction dto = construct(level, names, underTree(level, names));
    if (dto.locals().isEmpty()) {
      method.addStatement("return $Lrow -> $L)", grouped, dto.value());
    } else {
      // A block lambda, written line by line: JavaPoet nests no statement inside another.
      method.addCode("return $Lrow -> {\n$>", grouped);
      method.addCode(dto.locals());
      method.addStatement("return $L", dto.value());
      method.addCode("$<});\n");
    }
    return method.build();
  }

  /**
   * Runs a tree's statement for the keys of the level above, and returns its rows: the level
   * above builds them, as they need what it loads for its own rows.
   */
  private MethodSpec treeMethod(Level level) {
    ClassName row = ClassName.get("", rowTypeName(level));
    TypeName key = level.keyType().box();
    return MethodSpec.methodBuilder(level.name())
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("Statement $L of $L: {@code $L}, every level $L {@code keys}.\n",
            level.statement(), plan.statements(), level.label(),
            level.kind() == Level.Kind.CHAIN ? "up from" : "under")
        .returns(ParameterizedTypeName.get(LIST, row))
        .addParameter(LOAD, "load")
        .addParameter(ParameterizedTypeName.get(LIST, key), "keys")
        .addParameter(TypeName.BOOLEAN, "everyParent")
        .beginControlFlow("if (keys.isEmpty())")
        .addStatement("return $T.of()", LIST)
        .endControlFlow()
        .addStatement("return load.children($L, $T.class, keys, everyParent, $T::reader)",
            constantName(level), key, row)
        .build();
  }

  /**
   * What a row of {@code level} holds in its tree field: what the tree built under its key, or
   * for a chain what it built for the key the row references; null when the level has neither.
   */
  private static CodeBlock underTree(Level level, NameAllocator names) {
    Level tree = level.tree();
    if (tree == null) {
      return null;
    }
    String key = componentName(level, level.projection().key());
    return tree.kind() == Level.Kind.CHAIN
        ? CodeBlock.of("$L.referenced(row.$L(), row.$L())", names.get(tree.via()), key,
            componentName(level, tree.via()))
        : CodeBlock.of("$L.under(row.$L())", names.get(tree.via()), key);
  }

  /** The {@code Rows} method that groups a collection's rows into its container. */
  private static String grouping(CollectionField collection) {
    return collection.kind() == CollectionKind.SET ? "toSets" : "toLists";
  }

  /**
   * For each collection and reference of a level: the map its child level loads. Collections
   * share one key set, the keys of this level's rows.
   */
  private CodeBlock childLoads(Level level, ClassName row, NameAllocator names) {
    CodeBlock.Builder code = CodeBlock.builder();
    TypeName keyType = level.projection() == null ? null : level.projection().key().type().box();
    String rowKeys = null;
    Level tree = level.tree();
    ClassName treeRow = tree == null ? null : ClassName.get("", rowTypeName(tree));
    String treeRows = null;
    if (tree != null) {
      rowKeys = names.newName("rowKeys");
      code.addStatement("$T<$T> $L = $T.keys(rows, $T::$L)", LIST, keyType, rowKeys, ROWS, row,
          componentName(level, level.projection().key()));
      treeRows = names.newName(tree.via().name() + "Rows");
      // A tree walks down from the rows' keys; a chain up from the keys they reference.
      CodeBlock from = tree.kind() == Level.Kind.CHAIN
          ? CodeBlock.of("$T.keys(rows, $T::$L)", ROWS, row, componentName(level, tree.via()))
          : CodeBlock.of("$L", rowKeys);
      code.addStatement("$T<$T> $L = $L(load, $L, $L)", LIST, treeRow, treeRows, tree.name(), from,
          everyRowOf(level));
      if (level.children().stream().anyMatch(child -> child.kind() == Level.Kind.COLLECTION)) {
        // The collections beside the tree load for its rows too.
        String allKeys = names.newName("treeKeys");
        code.addStatement("$T<$T> $L = $T.union($L, $T.keys($L, $T::$L))", LIST, keyType, allKeys,
            ROWS, rowKeys, ROWS, treeRows, treeRow, componentName(tree, level.projection().key()));
        rowKeys = allKeys;
      }
    }
    for (Level child : level.children()) {
      if (child == tree) {
        continue;
      }
      CodeBlock keys;
      if (child.via() instanceof ReferenceField reference) {
        keys = CodeBlock.of("$T.keys(rows, $T::$L)", ROWS, row, componentName(level, reference));
        if (tree != null) {
          // A statement's next line is indented already.
          keys = CodeBlock.of("$T.union($L,\n$T.keys($L, $T::$L))", ROWS, keys, ROWS, treeRows,
              treeRow, componentName(tree, reference));
        }
      } else {
        if (rowKeys == null) {
          rowKeys = names.newName("rowKeys");
          code.addStatement("$T<$T> $L = $T.keys(rows, $T::$L)", LIST, keyType, rowKeys, ROWS,
              row, componentName(level, level.projection().key()));
        }
        keys = CodeBlock.of("$L", rowKeys);
      }
      String name = names.newName(child.via().name(), child.via());
      if (child.kind() == Level.Kind.COLLECTION) {
        code.addStatement("$T $L = $L(load, $L, $L)", childReturnType(child), name, child.name(),
            keys, everyRowOf(level));
      } else {
        code.addStatement("$T $L = $L(load, $L)", childReturnType(child), name, child.name(), keys);
      }
    }
    if (tree != null) {
      code.add(buildTree(level, tree, treeRows, names));
    }
    return code.build();
  }

  /**
   * {@code Tree<...> reports = load.tree(REPORTS, reportsRows, ..., (row, children) -> new
   * Employee(...))}: the tree's rows built, each from what the level loaded for it and from its
   * children.
   */
  private CodeBlock buildTree(Level level, Level tree, String treeRows, NameAllocator names) {
    ClassName treeRow = ClassName.get("", rowTypeName(tree));
    ProjectionModel projection = level.projection();
    boolean chain = tree.kind() == Level.Kind.CHAIN;
    String local = names.newName(tree.via().name() + (chain ? "Chain" : "Tree"), tree.via());
    // The lambda's parameter is what the field holds: the row's children, or the row above.
    String children = names.newName(tree.via().name());
    Construction node = construct(tree, names, CodeBlock.of("$L", children));
    CodeBlock.Builder code = CodeBlock.builder();
    if (chain) {
      // Each row built with the one it references, itself built with the next one up.
      code.add("$T<$T, $T, $T> $L = load.chain($L, $L,\n$>$>$T::$L, $T::$L, (row, $L) -> ",
          TREE, projection.key().type().box(), treeRow, projection.type(), local,
          constantName(tree), treeRows, treeRow, componentName(tree, projection.key()), treeRow,
          componentName(tree, tree.via()), children);
    } else {
      code.add("$T<$T, $T, $T> $L = load.tree($L, $L,\n$>$>$T::$L, $T::$L, (row, $L) -> ",
          TREE, projection.key().type().box(), treeRow, projection.type(), local,
          constantName(tree), treeRows, treeRow,
          RowComponents.find(tree, RowComponents.PARENT_KEY).name(), treeRow,
          componentName(tree, projection.key()), children);
    }
    if (node.locals().isEmpty()) {
      // The constructor's arguments one level in from the line the lambda starts on.
      return code.add("$>$>$L);\n$<$<$<$<", node.value()).build();
    }
    return code.add("{\n$>").add(node.locals()).addStatement("return $L", node.value())
        .add("$<});\n$<$<").build();
  }

  /**
   * Whether the level's method takes the flag {@code everyRow}: the root with collections, a
   * tree or a chain, which read whole tables below a load of every row.
   */
  static boolean hasCollections(Level level) {
    return level.children().stream().anyMatch(child -> child.kind() == Level.Kind.COLLECTION
        || child.kind() == Level.Kind.TREE || child.kind() == Level.Kind.CHAIN);
  }

  /**
   * Whether the level's rows are every row of its table, as an expression its collections take
   * as {@code everyParent}: at the root the filter says; a collection's rows are when its parent's
   * are and it leaves none out (no where, no limit, not through a junction, which reaches only
   * the rows some parent links to); a reference's rows are only the ones referenced.
   */
  private static String everyRowOf(Level level) {
    return switch (level.kind()) {
      case ROOT -> "everyRow";
      case COLLECTION -> {
        CollectionField collection = (CollectionField) level.via();
        boolean whole = collection.where().isBlank() && !collection.cut()
            && !collection.relation().manyToMany();
        yield whole ? "everyParent" : "false";
      }
      case REFERENCE, TREE, CHAIN -> "false";
    };
  }

  /**
   * The DTO built from one row: {@code new Dto(row.a(), books.getOrDefault(row.id(), List.of()),
   * ...)}. A collection that aggregates also read (its size, a mean) is looked up once, into a
   * local.
   */
  private Construction construct(Level level, NameAllocator names, CodeBlock underTree) {
    ProjectionModel projection = level.projection();
    String key = componentName(level, projection.key());
    Map<Field, String> readOnce = new HashMap<>();
    if (level.kind() == Level.Kind.TREE
        && ((CollectionField) level.via()).kind() == CollectionKind.LIST) {
      // The tree's lambda has the row's children as a parameter already.
      readOnce.put(level.via(), underTree.toString());
    }
    CodeBlock.Builder locals = CodeBlock.builder();
    for (Field field : projection.fields()) {
      Level.ListAggregate fromList = level.fromList(field);
      if (fromList != null && !readOnce.containsKey(fromList.collection())) {
        CollectionField collection = fromList.collection();
        String local = names.newName("row" + Character.toUpperCase(collection.name().charAt(0))
            + collection.name().substring(1));
        readOnce.put(collection, local);
        locals.addStatement("$T $L = $L", listOf(collection), local,
            lookup(collection, names, key, underTree));
      }
    }
    List<CodeBlock> arguments = new ArrayList<>();
    for (Field field : projection.fields()) {
      if (field instanceof CollectionField collection) {
        arguments.add(readOnce.containsKey(collection)
            ? CodeBlock.of("$L", readOnce.get(collection))
            : lookup(collection, names, key, underTree));
      } else if (field instanceof ReferenceField reference && reference.chain() != null) {
        arguments.add(reference.optional()
            ? CodeBlock.of("$T.ofNullable($L)", OPTIONAL, underTree) : underTree);
      } else if (field instanceof ReferenceField reference) {
        String foreignKey = componentName(level, reference);
        CodeBlock lookup = CodeBlock.of("row.$L() == null ? null : $L.get(row.$L())", foreignKey,
            names.get(field), foreignKey);
        arguments.add(reference.optional() ? CodeBlock.of("$T.ofNullable($L)", OPTIONAL, lookup) : lookup);
      } else if (level.fromList(field) != null) {
        Level.ListAggregate fromList = level.fromList(field);
        arguments.add(fromList(fromList, readOnce.get(fromList.collection())));
      } else {
        arguments.add(CodeBlock.of("row.$L()", componentName(level, field)));
      }
    }
    return new Construction(locals.build(),
        CodeBlock.of("new $T(\n$L)", projection.type(), CodeBlock.join(arguments, ",\n")));
  }

  /**
   * What one row's collection is: {@code books.getOrDefault(row.id(), List.of())}, or for its
   * tree {@code underTree}.
   */
  private static CodeBlock lookup(
      CollectionField collection, NameAllocator names, String key, CodeBlock underTree) {
    if (collection.element() instanceof TreeElement) {
      return collection.kind() == CollectionKind.SET
          ? CodeBlock.of("$T.asSet($L)", ROWS, underTree) : underTree;
    }
    return CodeBlock.of("$L.getOrDefault(row.$L(), $T.of())", names.get(collection), key,
        collection.kind() == CollectionKind.SET ? SET : LIST);
  }

  /** {@code List<Element>} or {@code Set<Element>}, as the collection holds its elements. */
  private static TypeName listOf(CollectionField collection) {
    return ParameterizedTypeName.get(collection.kind() == CollectionKind.SET ? SET : LIST,
        elementType(collection).box());
  }

  /** The type of a collection's elements, as the DTO declares it. */
  private static TypeName elementType(CollectionField collection) {
    if (collection.element() instanceof ProjectionElement projection) {
      return projection.projection().type();
    }
    if (collection.element() instanceof TreeElement tree) {
      return tree.type();
    }
    return ((ColumnElement) collection.element()).type();
  }

  /** An aggregate computed from the list it aggregates, read into {@code list}: its size, or a mean. */
  private static CodeBlock fromList(Level.ListAggregate fromList, String list) {
    TypeName type = fromList.aggregate().type();
    if (fromList.element() == null) {
      boolean wide = type.equals(TypeName.LONG) || type.equals(TypeName.LONG.box());
      return wide ? CodeBlock.of("(long) $L.size()", list) : CodeBlock.of("$L.size()", list);
    }
    ProjectionModel element = ((ProjectionElement) fromList.collection().element()).projection();
    String mean = type.equals(TypeName.DOUBLE.box()) ? "average" : "optionalAverage";
    return CodeBlock.of("$T.$L($L, $T::$L)", ROWS, mean, list, element.type(),
        fromList.element().name());
  }

  /** The DTO of one row: the collections it reads once into locals, then the constructor call. */
  private record Construction(CodeBlock locals, CodeBlock value) {}

  private static TypeName childReturnType(Level child) {
    TypeName key = child.keyType().box();
    if (child.via() instanceof ReferenceField reference) {
      return ParameterizedTypeName.get(MAP, key, reference.target().type());
    }
    CollectionField collection = (CollectionField) child.via();
    ClassName container = collection.kind() == CollectionKind.SET ? SET : LIST;
    return ParameterizedTypeName.get(MAP, key,
        ParameterizedTypeName.get(container, elementType(collection)));
  }

  /** {@code private record XRow(...) { static RowReader<XRow> reader(StatementContext ctx) } }. */
  private static TypeSpec rowRecord(Level level) {
    ClassName row = ClassName.get("", rowTypeName(level));
    List<Component> components = RowComponents.of(level);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    ColumnReads reads = new ColumnReads();
    List<CodeBlock> columns = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      Component component = components.get(i);
      constructor.addParameter(component.type(), component.name());
      columns.add(reads.read(component.type(), i + 1));
    }
    MethodSpec reader = MethodSpec.methodBuilder("reader")
        .addModifiers(Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ROW_READER, row))
        .addParameter(STATEMENT_CONTEXT, "ctx")
        .addCode(reads.mapperDeclarations())
        .addStatement("return rs -> new $T(\n$L)", row, CodeBlock.join(columns, ",\n"))
        .build();
    return TypeSpec.recordBuilder(row.simpleName())
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("A row of statement $L: {@code $L}.\n", level.statement(), level.label())
        .recordConstructor(constructor.build())
        .addMethod(reader)
        .build();
  }

  private static NameAllocator localNames() {
    NameAllocator names = new NameAllocator();
    for (String reserved : List.of("load", "keys", "rows", "row", "built", "everyRow",
        "everyParent")) {
      names.newName(reserved);
    }
    return names;
  }
}
