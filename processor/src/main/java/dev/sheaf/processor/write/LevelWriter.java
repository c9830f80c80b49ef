package dev.sheaf.processor.write;

import static dev.sheaf.processor.write.RuntimeTypes.FORK;
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
import dev.sheaf.processor.plan.ChainLevel;
import dev.sheaf.processor.plan.CollectingLevel;
import dev.sheaf.processor.plan.CollectionLevel;
import dev.sheaf.processor.plan.ColumnValuesLevel;
import dev.sheaf.processor.plan.FieldLevel;
import dev.sheaf.processor.plan.Level;
import dev.sheaf.processor.plan.ListAggregate;
import dev.sheaf.processor.plan.ProjectionLevel;
import dev.sheaf.processor.plan.RecursiveLevel;
import dev.sheaf.processor.plan.ReferenceLevel;
import dev.sheaf.processor.plan.RepositoryPlan;
import dev.sheaf.processor.plan.RootLevel;
import dev.sheaf.processor.plan.Row;
import dev.sheaf.processor.plan.TopN;
import dev.sheaf.processor.plan.TreeLevel;
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
    return level.row().of(field).name();
  }

  void addStatements(TypeSpec.Builder type) {
    for (Level level : levels) {
      String of = "Statement " + level.statement() + " of " + plan.statements() + ": ";
      String doc = of + statementDoc(level);
      if (level.select().topN()) {
        doc += "\nA first load reads the rows in order and cuts them here; once a load reads more"
            + "\nthan twice the rows it keeps, PostgreSQL and MariaDB cut them with ROW_NUMBER().";
      }
      boolean root = level instanceof RootLevel;
      doc += root ? "\nOn PostgreSQL, for every row:" : "\nOn PostgreSQL, for a key set:";
      Select.Restriction shown = root ? Select.Restriction.EVERY_ROW : Select.Restriction.KEYS;
      String name = constantName(level);
      int column = "  private static final Select ".length() + name.length() + " = ".length();
      type.addField(FieldSpec.builder(SELECT, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          // doc and the SQL hold user names, which may hold '$'.
          .addJavadoc("$L\n<pre>\n$L</pre>\n", doc,
              JavadocText.escape(level.select().sql(Dialect.POSTGRESQL, shown)))
          .initializer(SelectCode.of(level.select(), level instanceof ReferenceLevel, column))
          .build());
    }
  }

  /** What a level's statement reads, after its number. */
  private static String statementDoc(Level level) {
    String label = "{@code " + level.label() + "}";
    if (level instanceof RootLevel) {
      return "the " + label + " rows.";
    } else if (level instanceof ReferenceLevel) {
      return label + ", the referenced rows.";
    } else if (level instanceof TreeLevel) {
      return label + ", every level under the keys, in one\nrecursive statement.";
    } else if (level instanceof ChainLevel) {
      return label + ", the referenced rows and theirs, up to\nthe top, in one recursive"
          + " statement.";
    }
    return label + ".";
  }

  void addLevels(TypeSpec.Builder type) {
    for (Level level : levels) {
      if (level instanceof RootLevel root) {
        type.addMethod(rootMethod(root));
      } else if (level instanceof RecursiveLevel recursive) {
        type.addMethod(treeMethod(recursive));
      } else if (level instanceof ColumnValuesLevel values) {
        type.addMethod(valuesMethod(values));
      } else if (level instanceof CollectionLevel collection) {
        type.addMethod(childMethod(collection));
      } else if (level instanceof ReferenceLevel reference) {
        type.addMethod(childMethod(reference));
      }
    }
    for (Level level : levels) {
      type.addType(rowRecord(level));
    }
  }

  /** Loads what the root rows lead to, and builds the DTOs in the order of the rows. */
  private MethodSpec rootMethod(RootLevel level) {
    ProjectionModel projection = level.projection();
    ClassName row = ClassName.get("", rowTypeName(level));
    NameAllocator names = localNames();
    MethodSpec.Builder method = MethodSpec.methodBuilder(level.name())
        .addModifiers(Modifier.PRIVATE)
        .returns(ParameterizedTypeName.get(LIST, projection.type()))
        .addParameter(LOAD, "load")
        .addParameter(ParameterizedTypeName.get(LIST, row), "rows");
    if (level.passesEveryRow()) {
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

  /**
   * Runs a collection's or a reference's statement for the keys of the level above, and groups
   * what it built.
   */
  private <L extends ProjectionLevel & FieldLevel> MethodSpec childMethod(L level) {
    ClassName row = ClassName.get("", rowTypeName(level));
    NameAllocator names = localNames();
    MethodSpec.Builder method = keysMethod(level);
    CodeBlock grouped;
    if (level instanceof CollectionLevel collection) {
      if (collection.keyOrderInJava()) {
        TypeName keyType = level.projection().key().type();
        String compare = keyType.equals(TypeName.LONG) ? "comparingLong"
            : keyType.equals(TypeName.INT) ? "comparingInt" : "comparing";
        method.addStatement("rows.sort($T.$L($T::$L))", COMPARATOR, compare, row,
            componentName(level, level.projection().key()));
      }
      cut(method, collection);
      grouped = CodeBlock.of("$T.$L(rows,$W$T::$L,$W", ROWS, grouping(collection.field()), row,
          level.row().parentKey().name());
    } else {
      grouped = CodeBlock.of("$T.byKey(rows,$W$T::$L,$W", ROWS, row,
          componentName(level, level.projection().key()));
    }
    method.addCode(childLoads(level, row, names));
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

  /** Runs a collection's statement for the keys of the level above, and groups its values. */
  private MethodSpec valuesMethod(ColumnValuesLevel level) {
    ClassName row = ClassName.get("", rowTypeName(level));
    MethodSpec.Builder method = keysMethod(level);
    cut(method, level);
    return method.addStatement("return $T.$L(rows,$W$T::$L,$W$T::$L)", ROWS,
            grouping(level.field()), row, level.row().parentKey().name(), row,
            level.row().element().name())
        .build();
  }

  /**
   * A child level's method up to its rows: its parameters and the statement run for the keys.
   */
  private MethodSpec.Builder keysMethod(FieldLevel level) {
    ClassName row = ClassName.get("", rowTypeName(level));
    TypeName key = level.keyType().box();
    boolean collection = level instanceof CollectingLevel;
    MethodSpec.Builder method = MethodSpec.methodBuilder(level.name())
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("Statement $L of $L: {@code $L}.\n", level.statement(), plan.statements(),
            level.label())
        .returns(childReturnType(level))
        .addParameter(LOAD, "load")
        .addParameter(ParameterizedTypeName.get(LIST, key), "keys");
    if (collection) {
      method.addParameter(TypeName.BOOLEAN, "everyParent");
    }
    // No keys, no statement: the runtime returns no rows, and the levels below get no keys.
    if (collection) {
      method.addStatement(
          "$T<$T> rows =$Wload.children($L,$W$T.class,$Wkeys,$WeveryParent,$W$T::reader)",
          LIST, row, constantName(level), key, row);
    } else {
      method.addStatement("$T<$T> rows =$Wload.byKeys($L,$W$T.class,$Wkeys,$W$T::reader)",
          LIST, row, constantName(level), key, row);
    }
    return method;
  }

  /** Keeps the first rows of each parent, as the plan's top-N says. */
  private void cut(MethodSpec.Builder method, CollectingLevel level) {
    ClassName row = ClassName.get("", rowTypeName(level));
    String parent = level.row().parentKey().name();
    if (level.topN() instanceof TopN.Fixed fixed) {
      method.addStatement("rows = $T.firstPerParent(rows,$W$T::$L,$W$L)", ROWS, row, parent,
          fixed.limit());
    } else if (level.topN() instanceof TopN.GivenWhenLoading) {
      // A limit given when loading is the load's to read, and only when there are rows.
      method.addStatement("rows = load.firstPerParent($L,$Wrows,$W$T::$L)", constantName(level),
          row, parent);
    }
  }

  /**
   * Runs a tree's statement for the keys of the level above, and returns its rows: the level
   * above builds them, as they need what it loads for its own rows.
   */
  private MethodSpec treeMethod(RecursiveLevel level) {
    ClassName row = ClassName.get("", rowTypeName(level));
    TypeName key = level.keyType().box();
    return MethodSpec.methodBuilder(level.name())
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("Statement $L of $L: {@code $L}, every level $L {@code keys}.\n",
            level.statement(), plan.statements(), level.label(),
            level instanceof ChainLevel ? "up from" : "under")
        .returns(ParameterizedTypeName.get(LIST, row))
        .addParameter(LOAD, "load")
        .addParameter(ParameterizedTypeName.get(LIST, key), "keys")
        .addParameter(TypeName.BOOLEAN, "everyParent")
        .addStatement("return load.children($L,$W$T.class,$Wkeys,$WeveryParent,$W$T::reader)",
            constantName(level), key, row)
        .build();
  }

  /**
   * What a row of {@code level} holds in its tree field: what the tree built under its key, or
   * for a chain what it built for the key the row references; null when the level has neither.
   */
  private static CodeBlock underTree(ProjectionLevel level, NameAllocator names) {
    RecursiveLevel tree = level.recursive();
    if (tree == null) {
      return null;
    }
    String key = componentName(level, level.projection().key());
    return tree instanceof ChainLevel chain
        ? CodeBlock.of("$L.referenced(row.$L(), row.$L())", names.get(chain.field()), key,
            componentName(level, chain.field()))
        : CodeBlock.of("$L.under(row.$L())", names.get(tree.field()), key);
  }

  /** The {@code Rows} method that groups a collection's rows into its container. */
  private static String grouping(CollectionField collection) {
    return collection.kind() == CollectionKind.SET ? "toSets" : "toLists";
  }

  /**
   * For each collection and reference of a level: the map its child level loads. Collections
   * share one key set, the keys of this level's rows.
   */
  private CodeBlock childLoads(ProjectionLevel level, ClassName row, NameAllocator names) {
    CodeBlock.Builder code = CodeBlock.builder();
    TypeName keyType = level.projection().key().type().box();
    String rowKeys = null;
    RecursiveLevel tree = level.recursive();
    ClassName treeRow = tree == null ? null : ClassName.get("", rowTypeName(tree));
    String treeRows = null;
    if (tree != null) {
      rowKeys = names.newName("rowKeys");
      code.addStatement("$T<$T> $L = $T.keys(rows,$W$T::$L)", LIST, keyType, rowKeys, ROWS, row,
          componentName(level, level.projection().key()));
      treeRows = names.newName(tree.field().name() + "Rows");
      // A tree walks down from the rows' keys; a chain up from the keys they reference.
      CodeBlock from = tree instanceof ChainLevel chain
          ? CodeBlock.of("$T.keys(rows, $T::$L)", ROWS, row, componentName(level, chain.field()))
          : CodeBlock.of("$L", rowKeys);
      code.addStatement("$T<$T> $L = $L(load,$W$L,$W$L)", LIST, treeRow, treeRows, tree.name(), from,
          everyRowOf(level));
      if (level.children().stream().anyMatch(CollectingLevel.class::isInstance)) {
        // The collections beside the tree load for its rows too.
        String allKeys = names.newName("treeKeys");
        code.addStatement("$T<$T> $L = $T.union($L, $T.keys($L, $T::$L))", LIST, keyType, allKeys,
            ROWS, rowKeys, ROWS, treeRows, treeRow, componentName(tree, level.projection().key()));
        rowKeys = allKeys;
      }
    }
    List<FieldLevel> siblings = level.children().stream().filter(child -> child != tree).toList();
    // Siblings depend on none of each other: all but the last may run on other connections
    // (Load.fork) while the last runs here; joined after it, in order.
    FieldLevel last = siblings.isEmpty() ? null : siblings.get(siblings.size() - 1);
    String part = siblings.size() > 1 ? names.newName("part") : null;
    CodeBlock.Builder joins = CodeBlock.builder();
    for (FieldLevel child : siblings) {
      Field field = child.field();
      CodeBlock keys;
      if (child instanceof ReferenceLevel) {
        keys = CodeBlock.of("$T.keys(rows, $T::$L)", ROWS, row, componentName(level, field));
        if (tree != null) {
          // A statement's next line is indented already.
          keys = CodeBlock.of("$T.union($L,\n$T.keys($L, $T::$L))", ROWS, keys, ROWS, treeRows,
              treeRow, componentName(tree, field));
        }
      } else {
        if (rowKeys == null) {
          rowKeys = names.newName("rowKeys");
          code.addStatement("$T<$T> $L = $T.keys(rows,$W$T::$L)", LIST, keyType, rowKeys, ROWS,
              row, componentName(level, level.projection().key()));
        }
        keys = CodeBlock.of("$L", rowKeys);
      }
      String name = names.newName(field.name(), field);
      CodeBlock call = child instanceof ReferenceLevel
          ? CodeBlock.of("$L($L,$W$L)", child.name(), child == last ? "load" : part, keys)
          : CodeBlock.of("$L($L,$W$L,$W$L)", child.name(), child == last ? "load" : part, keys,
              everyRowOf(level));
      if (child == last) {
        code.addStatement("$T $L =$W$L", childReturnType(child), name, call);
        continue;
      }
      String keysLocal = keys.toString();
      if (child instanceof ReferenceLevel) {
        // The lambda captures the keys, not the rows, which a cut may have replaced.
        keysLocal = names.newName(field.name() + "Keys");
        code.addStatement("$T<$T> $L =$W$L", LIST, child.keyType().box(), keysLocal, keys);
        call = CodeBlock.of("$L($L, $L)", child.name(), part, keysLocal);
      } else {
        call = CodeBlock.of("$L($L, $L, $L)", child.name(), part, keysLocal, everyRowOf(level));
      }
      String fork = names.newName(field.name() + "Fork");
      // No keys, no statement: such a part runs in place, and takes no connection.
      code.addStatement("$T<$T> $L =$Wload.fork($L, $L -> $L)", FORK, childReturnType(child),
          fork, keysLocal, part, call);
      joins.addStatement("$T $L = $L.join()", childReturnType(child), name, fork);
    }
    code.add(joins.build());
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
  private CodeBlock buildTree(
      ProjectionLevel level, RecursiveLevel tree, String treeRows, NameAllocator names) {
    ClassName treeRow = ClassName.get("", rowTypeName(tree));
    ProjectionModel projection = level.projection();
    boolean chain = tree instanceof ChainLevel;
    String local = names.newName(tree.field().name() + (chain ? "Chain" : "Tree"), tree.field());
    // The lambda's parameter is what the field holds: the row's children, or the row above.
    String children = names.newName(tree.field().name());
    Construction node = construct(tree, names, CodeBlock.of("$L", children));
    CodeBlock.Builder code = CodeBlock.builder();
    if (chain) {
      // Each row built with the one it references, itself built with the next one up.
      code.add("$T<$T, $T, $T> $L = load.chain($L, $L,\n$>$>$T::$L, $T::$L, (row, $L) -> ",
          TREE, projection.key().type().box(), treeRow, projection.type(), local,
          constantName(tree), treeRows, treeRow, componentName(tree, projection.key()), treeRow,
          componentName(tree, tree.field()), children);
    } else {
      code.add("$T<$T, $T, $T> $L = load.tree($L, $L,\n$>$>$T::$L, $T::$L, (row, $L) -> ",
          TREE, projection.key().type().box(), treeRow, projection.type(), local,
          constantName(tree), treeRows, treeRow, tree.row().parentKey().name(), treeRow,
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
   * Whether the level's rows are every row of their table, as the expression its collections
   * take as {@code everyParent}: the plan says when.
   */
  private static String everyRowOf(ProjectionLevel level) {
    return switch (level.everyRow()) {
      case WHEN_THE_LOAD_DOES -> "everyRow";
      case WHEN_THE_PARENTS_ARE -> "everyParent";
      case NEVER -> "false";
    };
  }

  /**
   * The DTO built from one row: {@code new Dto(row.a(), books.getOrDefault(row.id(), List.of()),
   * ...)}. A collection that aggregates also read (its size, a mean) is looked up once, into a
   * local.
   */
  private Construction construct(
      ProjectionLevel level, NameAllocator names, CodeBlock underTree) {
    ProjectionModel projection = level.projection();
    String key = componentName(level, projection.key());
    Map<Field, String> readOnce = new HashMap<>();
    if (level instanceof TreeLevel tree && tree.field().kind() == CollectionKind.LIST) {
      // The tree's lambda has the row's children as a parameter already.
      readOnce.put(tree.field(), underTree.toString());
    }
    CodeBlock.Builder locals = CodeBlock.builder();
    for (Field field : projection.fields()) {
      ListAggregate fromList = level.fromList(field);
      if (fromList != null && !readOnce.containsKey(fromList.collection())) {
        CollectionField collection = fromList.collection();
        String local = names.newName("row" + Character.toUpperCase(collection.name().charAt(0))
            + collection.name().substring(1));
        readOnce.put(collection, local);
        locals.addStatement("$T $L =$W$L", listOf(collection), local,
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
        CodeBlock lookup = CodeBlock.of("row.$L() == null$W? null$W: $L.get(row.$L())", foreignKey,
            names.get(field), foreignKey);
        arguments.add(reference.optional() ? CodeBlock.of("$T.ofNullable($L)", OPTIONAL, lookup) : lookup);
      } else if (level.fromList(field) != null) {
        ListAggregate fromList = level.fromList(field);
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
    return CodeBlock.of("$L.getOrDefault(row.$L(),$W$T.of())", names.get(collection), key,
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
  private static CodeBlock fromList(ListAggregate fromList, String list) {
    TypeName type = fromList.aggregate().type();
    if (fromList.element() == null) {
      boolean wide = type.equals(TypeName.LONG) || type.equals(TypeName.LONG.box());
      return wide ? CodeBlock.of("(long) $L.size()", list) : CodeBlock.of("$L.size()", list);
    }
    ProjectionModel element = ((ProjectionElement) fromList.collection().element()).projection();
    String mean = type.equals(TypeName.DOUBLE.box()) ? "average" : "optionalAverage";
    return CodeBlock.of("$T.$L($L,$W$T::$L)", ROWS, mean, list, element.type(),
        fromList.element().name());
  }

  /** The DTO of one row: the collections it reads once into locals, then the constructor call. */
  private record Construction(CodeBlock locals, CodeBlock value) {}

  /** What a child level's method returns: its DTOs, or its collections, by key. */
  private static TypeName childReturnType(FieldLevel child) {
    TypeName key = child.keyType().box();
    if (child instanceof CollectingLevel collecting) {
      CollectionField collection = collecting.field();
      ClassName container = collection.kind() == CollectionKind.SET ? SET : LIST;
      return ParameterizedTypeName.get(MAP, key,
          ParameterizedTypeName.get(container, elementType(collection)));
    }
    if (child instanceof ReferenceLevel reference) {
      return ParameterizedTypeName.get(MAP, key, reference.projection().type());
    }
    throw new IllegalArgumentException(child.label() + " returns its rows, not a map");
  }

  /** {@code private record XRow(...) { static RowReader<XRow> reader(StatementContext ctx) } }. */
  private static TypeSpec rowRecord(Level level) {
    ClassName row = ClassName.get("", rowTypeName(level));
    List<Row.Column> components = level.row().columns();
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    ColumnReads reads = new ColumnReads();
    List<CodeBlock> columns = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      Row.Column component = components.get(i);
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
