package dev.sheaf.processor.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.CollectionField.ColumnElement;
import dev.sheaf.processor.model.CollectionField.ProjectionElement;
import dev.sheaf.processor.model.ColumnField;
import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.ReferenceField;
import dev.sheaf.processor.model.Relation;
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
      String table = projection.table();
      String key = projection.key().column();
      String values = selectList(projection, table, List.of());
      Level root = projectionLevel(
          unique(decapitalize(projection.type().simpleName())), projection.simpleName(),
          "SELECT " + values + "\nFROM " + Sql.table(table) + "\n", Level.Kind.ROOT,
          projection.key().type(), null, projection);
      String byKeys = "SELECT " + values + "\nFROM " + Sql.table(table) + "\n"
          + Sql.keyPredicate(Sql.qualify(table, key)) + "\n";
      ClassName dto = projection.type();
      ClassName repository = ClassName.get(dto.packageName(),
          String.join("_", dto.simpleNames()) + "Repository");
      return new RepositoryPlan(repository, projection, root, byKeys, projection.orderBy(),
          Sql.qualify(table, key), statements);
    }

    private Level projectionLevel(String name, String label, String sql, Level.Kind kind,
        TypeName keyType, Field via, ProjectionModel projection) {
      int statement = ++statements;
      List<Level> children = new ArrayList<>();
      for (Field field : projection.fields()) {
        String childName = unique(kind == Level.Kind.ROOT ? field.name() : name + capitalize(field.name()));
        String childLabel = projection.simpleName() + "." + field.name();
        if (field instanceof CollectionField collection) {
          children.add(collectionLevel(childName, childLabel, projection, collection));
        } else if (field instanceof ReferenceField reference) {
          children.add(referenceLevel(childName, childLabel, reference));
        }
      }
      List<Level.SizeCount> sizeCounts = SizeCounts.of(projection);
      List<Field> values = values(projection, sizeCounts);
      return new Level(statement, name, label, sql, kind, keyType, via, projection, values, children,
          sizeCounts);
    }

    private Level collectionLevel(
        String name, String label, ProjectionModel owner, CollectionField field) {
      Relation relation = field.relation();
      String table = relation.table();
      String parentKey;
      String from;
      if (relation.manyToMany()) {
        parentKey = Sql.qualify(relation.through(), relation.foreignKey());
        from = "FROM " + Sql.table(relation.through()) + "\n"
            + "JOIN " + Sql.table(table) + " ON " + Sql.qualify(table, relation.targetKey()) + " = "
            + Sql.qualify(relation.through(), relation.inverseForeignKey()) + "\n";
      } else {
        parentKey = Sql.qualify(table, relation.foreignKey());
        from = "FROM " + Sql.table(table) + "\n";
      }
      from += Sql.keyPredicate(parentKey);
      String where = field.where().isEmpty() ? "" : "\n" + Sql.and(field.where());
      if (field.element() instanceof ProjectionElement element) {
        ProjectionModel projection = element.projection();
        String key = Sql.qualify(table, projection.key().column());
        String order = field.orderBy().isEmpty() ? key : field.orderBy() + ", " + key;
        String sql = "SELECT " + selectList(projection, table, List.of(parentKey)) + "\n" + from
            + where + "\nORDER BY " + order + "\n";
        return projectionLevel(name, label, sql, Level.Kind.COLLECTION, owner.key().type(), field,
            projection);
      }
      ColumnElement element = (ColumnElement) field.element();
      String column = Sql.qualify(table, element.column());
      // The value breaks ties: equal values cannot be told apart in the list anyway.
      String order = field.orderBy().isEmpty() ? column : field.orderBy() + ", " + column;
      String sql = "SELECT " + parentKey + ",\n       " + column + "\n" + from + where
          + "\nORDER BY " + order + "\n";
      return new Level(++statements, name, label, sql, Level.Kind.COLLECTION, owner.key().type(),
          field, null, List.of(), List.of(), List.of());
    }

    private Level referenceLevel(String name, String label, ReferenceField field) {
      ProjectionModel target = field.target();
      String sql = "SELECT " + selectList(target, target.table(), List.of()) + "\n"
          + "FROM " + Sql.table(target.table()) + "\n"
          + Sql.keyPredicate(Sql.qualify(target.table(), target.key().column())) + "\n";
      return projectionLevel(name, label, sql, Level.Kind.REFERENCE, target.key().type(), field,
          target);
    }

    /** What a projection's statement reads: every field but collections and size counts. */
    private static List<Field> values(ProjectionModel projection, List<Level.SizeCount> sizeCounts) {
      List<Field> values = new ArrayList<>();
      for (Field field : projection.fields()) {
        boolean counted = sizeCounts.stream().anyMatch(s -> s.count().equals(field));
        if (!(field instanceof CollectionField) && !counted) {
          values.add(field);
        }
      }
      return values;
    }

    /**
     * The SELECT list of a projection's rows read from {@code table} (its own, or the one a
     * collection names): {@code leading} first, then each value in order.
     */
    private static String selectList(ProjectionModel projection, String table, List<String> leading) {
      List<String> columns = new ArrayList<>(leading);
      for (Field field : values(projection, SizeCounts.of(projection))) {
        if (field instanceof ColumnField column) {
          columns.add(Sql.qualify(table, column.column()));
        } else if (field instanceof AggregateField aggregate) {
          columns.add(AggregateSql.of(aggregate, table, projection.key().column()));
        } else if (field instanceof ReferenceField reference) {
          columns.add(Sql.qualify(table, reference.foreignKey()));
        }
      }
      return String.join(",\n       ", columns);
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
