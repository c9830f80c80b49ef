package dev.sheaf.processor.validate;

import dev.sheaf.Aggregate;
import dev.sheaf.processor.model.Relation.Hop;
import dev.sheaf.processor.model.Relation;
import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.report.Reporter.Origin;
import dev.sheaf.processor.report.ValidationReport;
import dev.sheaf.processor.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Judges {@code @Aggregate(path = ...)}: a path through several tables, each hop naming its keys,
 * into the relation a junction and its hops describe. The first table is the junction, the
 * last the related table, those between are joined in order.
 */
final class PathValidator {
  /** One side of a join: a table (schema-qualified or not) and one of its columns. */
  private record Side(String table, String column) {}

  private final ValidationReport report;
  private final IdentifierCheck identifiers;
  private final SchemaCheck schema;

  PathValidator(ValidationReport report, IdentifierCheck identifiers, SchemaCheck schema) {
    this.report = report;
    this.identifiers = identifiers;
    this.schema = schema;
  }

  /**
   * The relation of {@code aggregate}'s path for the field {@code label}; null (reported on the
   * attribute) when it is wrong. {@code table} is the related table the field names or implies,
   * empty when neither does.
   */
  Relation read(Element element, AnnotationMirror mirror, String label, Aggregate aggregate,
      String table) {
    Origin origin = Origin.of(element, mirror, "path");
    for (String attribute : List.of("foreignKey", "through", "inverseForeignKey", "targetKey")) {
      if (!attributeValue(aggregate, attribute).isEmpty()) {
        return refuse(origin, label, "names every key; " + attribute + " says it again");
      }
    }
    String[] path = aggregate.path();
    if (path.length < 2) {
      return refuse(origin, label, "has one hop: for one table write table and foreignKey");
    }
    Side first = side(path[0]);
    if (first == null) {
      return refuse(origin, label, "starts with \"" + path[0] + "\", not \"table.column\"");
    }
    List<Side[]> joins = new ArrayList<>();
    String previous = first.table();
    for (int i = 1; i < path.length; i++) {
      String[] sides = path[i].split("=", -1);
      Side from = sides.length == 2 ? side(sides[0]) : null;
      Side to = sides.length == 2 ? side(sides[1]) : null;
      if (from == null || to == null) {
        return refuse(origin, label, "has \"" + path[i] + "\", not \"previous.column ="
            + " next.column\"");
      }
      if (!sameName(from.table(), previous)) {
        return refuse(origin, label, "does not join: \"" + path[i] + "\" starts from "
            + from.table() + ", and the table before it is " + previous);
      }
      joins.add(new Side[] {from, to});
      previous = to.table();
    }
    if (!table.isEmpty() && !sameName(table, previous)) {
      return refuse(origin, label, "ends at " + previous + ", and the related table is " + table);
    }
    if (!names(element, mirror, first, joins)) {
      return null;
    }
    List<Hop> hops = new ArrayList<>();
    for (Side[] join : joins.subList(0, joins.size() - 1)) {
      hops.add(new Hop(join[1].table(), join[0].column(), join[1].column()));
    }
    Side[] last = joins.get(joins.size() - 1);
    Relation relation = new Relation(previous, first.column(), first.table(), last[0].column(),
        last[1].column(), hops);
    return exist(element, mirror, label, first, joins) ? relation : null;
  }

  /** Whether every table and column is an SQL name. */
  private boolean names(Element element, AnnotationMirror mirror, Side first, List<Side[]> joins) {
    List<Side> sides = new ArrayList<>(List.of(first));
    joins.forEach(join -> sides.addAll(List.of(join)));
    boolean ok = true;
    for (Side side : sides) {
      ok &= identifiers.check(element, mirror, "path", side.table())
          && identifiers.check(element, mirror, "path", side.column());
    }
    return ok;
  }

  /** With a schema, whether every table and column of the path is in it. */
  private boolean exist(Element element, AnnotationMirror mirror, String label, Side first,
      List<Side[]> joins) {
    if (!schema.enabled()) {
      return true;
    }
    List<Side> sides = new ArrayList<>(List.of(first));
    joins.forEach(join -> sides.addAll(List.of(join)));
    boolean ok = true;
    for (Side side : sides) {
      Origin origin = Origin.of(element, mirror, "path");
      Optional<Table> table = schema.table(origin, "path on " + label, side.table());
      ok &= table.isPresent()
          && schema.column(origin, "path on " + label, table, side.column()).isPresent();
    }
    return ok;
  }

  /** {@code table.column}, split at the last dot; null when it is not that. */
  private static Side side(String text) {
    String name = text.strip();
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      return null;
    }
    return new Side(name.substring(0, dot).strip(), name.substring(dot + 1).strip());
  }

  /** Names the databases fold alike: unquoted ones in any case, quoted ones as written. */
  private static boolean sameName(String a, String b) {
    boolean quoted = a.contains("\"") || a.contains("`") || b.contains("\"") || b.contains("`");
    return quoted ? a.equals(b) : a.equalsIgnoreCase(b);
  }

  private static String attributeValue(Aggregate aggregate, String attribute) {
    return switch (attribute) {
      case "foreignKey" -> aggregate.foreignKey();
      case "through" -> aggregate.through();
      case "inverseForeignKey" -> aggregate.inverseForeignKey();
      default -> aggregate.targetKey();
    };
  }

  private Relation refuse(Origin origin, String label, String why) {
    report.report(origin, Message.BAD_PATH, label, why);
    return null;
  }
}
