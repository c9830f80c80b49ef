package dev.sheaf.processor.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.CollectionField.ColumnElement;
import dev.sheaf.processor.model.CollectionField.ProjectionElement;
import dev.sheaf.processor.model.CollectionField.TreeElement;
import dev.sheaf.processor.model.ColumnField;
import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.ReferenceField;
import dev.sheaf.processor.model.Relation;
import dev.sheaf.runtime.internal.Select;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns a projection into the statements that load it: one for the root rows (every scalar
 * aggregate inside it), then one per collection and reference field at every depth, numbered in
 * the order the load runs them.
 */
public final class Planner {

  public RepositoryPlan plan(ProjectionModel projection) {
    return new Run().plan(projection);
  }

  /** The state of planning one repository: statement numbers and level names. */
  private static final class Run {
    private int statements;
    private final Set<String> names = new HashSet<>();

    RepositoryPlan plan(ProjectionModel projection) {
      String name = unique(decapitalize(projection.type().simpleName()));
      Select select = Select.root(1, projection.simpleName(), Sql.table(projection.table()),
              Sql.column(projection.key().column()))
          .orderBy(projection.orderBy());
      ++statements;
      List<FieldLevel> children = children(name, true, projection);
      List<ListAggregate> fromLists = ListAggregates.of(projection);
      Row row = RowColumns.of(projection, values(projection, fromLists));
      readValues(select, row);
      RootLevel root = new RootLevel(name, select, projection, row, children, fromLists);
      ClassName dto = projection.type();
      ClassName repository = ClassName.get(dto.packageName(),
          String.join("_", dto.simpleNames()) + "Repository");
      return new RepositoryPlan(repository, projection, root, statements,
          CallParameters.of(projection));
    }

    /** The levels a projection's rows lead to, numbered after the level that reads them. */
    private List<FieldLevel> children(String name, boolean root, ProjectionModel projection) {
      List<FieldLevel> children = new ArrayList<>();
      // A tree runs first: the levels beside it load for its rows as well as this level's.
      for (Field field : projection.fields()) {
        if (isTree(field)) {
          children.add(treeLevel(childName(name, root, field), label(projection, field),
              projection, (CollectionField) field));
        } else if (isChain(field)) {
          children.add(chainLevel(childName(name, root, field), label(projection, field),
              projection, (ReferenceField) field));
        }
      }
      for (Field field : projection.fields()) {
        if (field instanceof CollectionField collection && !isTree(field)) {
          children.add(collectionLevel(childName(name, root, field), label(projection, field),
              projection, collection));
        } else if (field instanceof ReferenceField reference && !isChain(field)) {
          children.add(referenceLevel(childName(name, root, field), label(projection, field),
              reference));
        }
      }
      return children;
    }

    private String childName(String parent, boolean root, Field field) {
      return unique(root ? field.name() : parent + capitalize(field.name()));
    }

    private static String label(ProjectionModel projection, Field field) {
      return projection.simpleName() + "." + field.name();
    }

    private static boolean isChain(Field field) {
      return field instanceof ReferenceField reference && reference.chain() != null;
    }

    private static boolean isTree(Field field) {
      return field instanceof CollectionField collection
          && collection.element() instanceof TreeElement;
    }

    /**
     * Adds to {@code select} what its rows read, in the row's order: columns, aggregates,
     * references' keys. The parent key a row starts with is the statement's own.
     */
    private static void readValues(Select select, Row row) {
      for (Field field : row.fields()) {
        if (field instanceof ColumnField column) {
          select.column(Sql.column(column.column()));
        } else if (field instanceof AggregateField aggregate) {
          AggregateValues.add(select, aggregate);
        } else if (field instanceof ReferenceField reference) {
          select.column(Sql.column(reference.foreignKey()));
        }
      }
    }

    /**
     * The rows the owner's rows reference, and those they reference, up to the top (or the
     * declared depth), in one recursive statement; like a tree, it reads what the owner's rows
     * read, and the owner's other levels load for its rows too.
     */
    private ChainLevel chainLevel(
        String name, String label, ProjectionModel owner, ReferenceField field) {
      Select select = Select.chain(statements + 1, label, Sql.table(owner.table()),
          Sql.column(owner.key().column()), Sql.column(field.foreignKey()));
      if (field.chain().depth() > 0) {
        select.depth(field.chain().depth());
      }
      int statement = ++statements;
      List<ListAggregate> fromLists = ListAggregates.of(owner);
      Row row = RowColumns.of(owner, values(owner, fromLists));
      readValues(select, row);
      return new ChainLevel(statement, name, select, field, owner, row, fromLists);
    }

    /**
     * The rows under the owner's rows at every level (to the declared depth), in one recursive
     * statement. They read what the owner's rows read; the owner's other levels load for both,
     * so the tree has no levels of its own.
     */
    private TreeLevel treeLevel(
        String name, String label, ProjectionModel owner, CollectionField field) {
      TreeElement tree = (TreeElement) field.element();
      Select select = Select.tree(statements + 1, label, Sql.table(field.relation().table()),
              Sql.column(owner.key().column()), Sql.column(field.relation().foreignKey()))
          .where(field.where()).orderBy(field.orderBy()).limit(field.limit());
      if (tree.depth() > 0) {
        select.depth(tree.depth());
      }
      int statement = ++statements;
      List<ListAggregate> fromLists = ListAggregates.of(owner);
      Row row = RowColumns.underParent(owner.key().type(), owner, values(owner, fromLists));
      readValues(select, row);
      return new TreeLevel(statement, name, select, field, owner, row, fromLists);
    }

    private FieldLevel collectionLevel(
        String name, String label, ProjectionModel owner, CollectionField field) {
      Relation relation = field.relation();
      String table = Sql.table(relation.table());
      int number = statements + 1;
      String key = field.element() instanceof ProjectionElement element
          ? Sql.column(element.projection().key().column())
          : null;
      Select select = relation.manyToMany()
          ? Select.childrenThrough(number, label, table, key, Sql.link(relation))
          : Select.children(number, label, table, key, Sql.column(relation.foreignKey()));
      select.where(field.where()).orderBy(field.orderBy()).limit(field.limit());
      if (!field.limitParameter().isEmpty()) {
        select.limitParameter(field.limitParameter());
      }
      TypeName parentKey = owner.key().type();
      if (field.element() instanceof ProjectionElement element) {
        boolean keyOrderInJava = keyOrderInJava(field, element);
        if (keyOrderInJava) {
          select.keyOrderInJava();
        }
        ProjectionModel projection = element.projection();
        int statement = ++statements;
        List<FieldLevel> children = children(name, false, projection);
        List<ListAggregate> fromLists = ListAggregates.of(projection);
        Row row = RowColumns.underParent(parentKey, projection, values(projection, fromLists));
        readValues(select, row);
        return new CollectionLevel(statement, name, select, parentKey, field, projection, row,
            children, fromLists, everyRow(field), TopN.of(field), keyOrderInJava);
      }
      ColumnElement element = (ColumnElement) field.element();
      // The value breaks ties: equal values cannot be told apart in the list anyway.
      String column = Sql.column(element.column());
      select.column(column).tieBreaker(column);
      return new ColumnValuesLevel(++statements, name, select, parentKey, field,
          RowColumns.ofElement(parentKey, element), TopN.of(field));
    }

    private ReferenceLevel referenceLevel(String name, String label, ReferenceField field) {
      ProjectionModel target = field.target();
      Select select = Select.referenced(statements + 1, label, Sql.table(target.table()),
          Sql.column(target.key().column()));
      int statement = ++statements;
      List<FieldLevel> children = children(name, false, target);
      List<ListAggregate> fromLists = ListAggregates.of(target);
      Row row = RowColumns.of(target, values(target, fromLists));
      readValues(select, row);
      return new ReferenceLevel(statement, name, select, field, row, children, fromLists);
    }

    /**
     * A collection's rows are every row of their table when its parents' are and it leaves none
     * out: no where, no top-N, and no junction, which reaches only the rows some parent links to.
     */
    private static EveryRow everyRow(CollectionField field) {
      boolean whole = field.where().isBlank() && !field.cut() && !field.relation().manyToMany();
      return whole ? EveryRow.WHEN_THE_PARENTS_ARE : EveryRow.NEVER;
    }

    /**
     * Whether a collection is ordered by its element's whole-number key alone, with no top-N to
     * cut: then Java sorts it exactly as the database would.
     */
    private static boolean keyOrderInJava(CollectionField field, ProjectionElement element) {
      ColumnField key = element.projection().key();
      TypeName type = key.type().isBoxedPrimitive() ? key.type().unbox() : key.type();
      String order = field.orderBy().strip();
      boolean byKey = order.isEmpty() || order.equalsIgnoreCase(key.column())
          || order.equalsIgnoreCase(key.column() + " ASC");
      return !field.cut() && byKey && !key.column().contains("\"")
          && (type.equals(TypeName.LONG) || type.equals(TypeName.INT));
    }

    /**
     * What a projection's statement reads: every field but collections and the aggregates
     * computed from them.
     */
    private static List<Field> values(
        ProjectionModel projection, List<ListAggregate> fromLists) {
      List<Field> values = new ArrayList<>();
      for (Field field : projection.fields()) {
        boolean fromList = fromLists.stream().anyMatch(s -> s.aggregate().equals(field));
        if (!(field instanceof CollectionField) && !fromList) {
          values.add(field);
        }
      }
      return values;
    }

    /**
     * A level name no other level has. It names a Java method too, so a keyword (a DTO named
     * Case lowers to case) or yield, which Java lets no code call unqualified, gets a '_'.
     */
    private String unique(String name) {
      String base = SourceVersion.isKeyword(name) || name.equals("yield") ? name + "_" : name;
      String candidate = base;
      for (int i = 2; !names.add(candidate); i++) {
        candidate = base + i;
      }
      return candidate;
    }
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
