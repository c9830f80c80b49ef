package dev.sheaf.processor.validate;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import dev.sheaf.processor.model.Relation;
import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.report.Reporter.Origin;
import dev.sheaf.processor.report.ValidationReport;
import dev.sheaf.processor.schema.ForeignKey;
import dev.sheaf.processor.schema.Table;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Resolves and judges how an {@code @Aggregate}'s rows relate to their owner: the related table, the foreign
 * key, and for many-to-many the junction table and its inverse key. With a schema, a missing
 * table or key is inferred from the one FOREIGN KEY that links the two tables, and every name
 * written out is checked to exist.
 */
final class RelationValidator {
  private final ValidationReport report;
  private final IdentifierCheck identifiers;
  private final SchemaCheck schema;
  private final PathValidator paths;

  RelationValidator(ValidationReport report, IdentifierCheck identifiers, SchemaCheck schema) {
    this.report = report;
    this.identifiers = identifiers;
    this.schema = schema;
    this.paths = new PathValidator(report, identifiers, schema);
  }

  /**
   * The relation of the field {@code label} in {@code owner}; null (reported) when it is
   * incomplete or wrong. {@code table} is the attribute, or the collected projection's table;
   * {@code targetKey} the key the junction table points at, unless the attribute names another.
   */
  Relation read(Element element, AnnotationMirror mirror, String label, TypeElement owner,
      Aggregate aggregate, String table, String targetKey) {
    if (aggregate.path().length > 0) {
      return paths.read(element, mirror, label, aggregate, table);
    }
    Optional<Table> ownerTable = schema.tableOf(owner);
    String ownerName = ownerTableName(owner);
    String foreignKey = aggregate.foreignKey();
    boolean manyToMany = !aggregate.through().isEmpty();
    String inverse = aggregate.inverseForeignKey();
    if (table.isEmpty()) {
      if (!schema.enabled()) {
        report.report(Origin.of(element, mirror, null), Message.MISSING_TABLE, label);
        return null;
      }
      Origin origin = Origin.of(element, mirror, null);
      if (manyToMany) {
        // The table is the one the junction's other FOREIGN KEY points at.
        Optional<ForeignKey> inferred =
            schema.inferJunctionTarget(origin, label, aggregate.through(), ownerTable, ownerName);
        if (inferred.isEmpty()) {
          return null;
        }
        table = inferred.get().referencedTable();
        inverse = inverse.isEmpty() ? inferred.get().column() : inverse;
      } else {
        Optional<ForeignKey> inferred = schema.inferTable(origin, label, ownerTable, ownerName);
        if (inferred.isEmpty()) {
          return null;
        }
        table = inferred.get().table();
        foreignKey = foreignKey.isEmpty() ? inferred.get().column() : foreignKey;
      }
    }
    boolean ok = identifiers.check(element, mirror, "table", table);
    if (manyToMany) {
      ok &= identifiers.check(element, mirror, "through", aggregate.through());
      if (inverse.isEmpty()) {
        inverse = inverseKey(element, mirror, label, aggregate.through(), table);
        ok &= inverse != null;
      } else {
        ok &= identifiers.check(element, mirror, "inverseForeignKey", inverse);
      }
    } else if (!inverse.isEmpty()) {
      report.report(Origin.of(element, mirror, "inverseForeignKey"), Message.THROUGH_PAIR, label,
          "inverseForeignKey", "through");
      ok = false;
    }
    String holder = manyToMany ? aggregate.through() : table;
    if (foreignKey.isEmpty()) {
      foreignKey = foreignKey(element, mirror, label, holder, ownerTable, ownerName);
      ok &= foreignKey != null;
    } else {
      ok &= identifiers.check(element, mirror, "foreignKey", foreignKey);
    }
    if (!aggregate.targetKey().isEmpty()) {
      if (!manyToMany) {
        report.report(Origin.of(element, mirror, "targetKey"), Message.TARGET_KEY_WITHOUT_THROUGH,
            label);
        ok = false;
      } else {
        ok &= identifiers.check(element, mirror, "targetKey", aggregate.targetKey());
        targetKey = aggregate.targetKey();
      }
    }
    if (!ok) {
      return null;
    }
    Relation relation = new Relation(table, foreignKey, aggregate.through(), inverse, targetKey);
    return namesExist(element, mirror, label, aggregate, relation) ? relation : null;
  }

  private String inverseKey(Element element, AnnotationMirror mirror, String label, String through,
      String table) {
    if (!schema.enabled()) {
      report.report(Origin.of(element, mirror, "through"), Message.THROUGH_PAIR, label, "through",
          "inverseForeignKey");
      return null;
    }
    return schema.inferForeignKey(Origin.of(element, mirror, "through"), label, "inverseForeignKey",
        through, schema.table(Origin.of(element, mirror, null), label, table), table).orElse(null);
  }

  private String foreignKey(Element element, AnnotationMirror mirror, String label, String holder,
      Optional<Table> ownerTable, String ownerName) {
    if (!schema.enabled()) {
      report.report(Origin.of(element, mirror, null), Message.MISSING_FOREIGN_KEY, label, holder);
      return null;
    }
    return schema.inferForeignKey(Origin.of(element, mirror, null), label, "foreignKey", holder,
        ownerTable, ownerName).orElse(null);
  }

  /** Whether the names the annotation wrote out exist in the schema (always, without one). */
  private boolean namesExist(Element element, AnnotationMirror mirror, String label,
      Aggregate aggregate, Relation relation) {
    if (!schema.enabled()) {
      return true;
    }
    boolean ok = true;
    // A table taken from the collected projection is that projection's to report.
    Optional<Table> table = schema.find(relation.table());
    if (!aggregate.table().isEmpty()) {
      table = schema.table(Origin.of(element, mirror, "table"), "table on " + label, relation.table());
      ok = table.isPresent();
    }
    Optional<Table> holder = table;
    if (relation.manyToMany()) {
      holder = schema.table(Origin.of(element, mirror, "through"), "through on " + label,
          relation.through());
      ok &= holder.isPresent();
      ok &= exists(element, mirror, "inverseForeignKey", label, holder, relation.inverseForeignKey());
      ok &= exists(element, mirror, "targetKey", label, table, aggregate.targetKey());
    }
    ok &= exists(element, mirror, "foreignKey", label, holder, aggregate.foreignKey());
    if (ok) {
      schema.indexed(Origin.of(element, mirror, "foreignKey"), label, holder,
          relation.foreignKey());
    }
    return ok;
  }

  /** Whether {@code column} (when written out) is in {@code table} (when known). */
  private boolean exists(Element element, AnnotationMirror mirror, String attribute, String label,
      Optional<Table> table, String column) {
    return column.isEmpty() || schema.column(Origin.of(element, mirror, attribute),
        attribute + " on " + label, table, column).isPresent() || table.isEmpty();
  }

  private static String ownerTableName(TypeElement owner) {
    Projection projection = owner.getAnnotation(Projection.class);
    return projection == null ? owner.getSimpleName().toString() : projection.table();
  }
}
