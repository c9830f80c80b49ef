package dev.sheaf.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.CollectionField.CollectionKind;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.Relation;
import dev.sheaf.processor.read.Component;
import dev.sheaf.processor.read.JavaTypes;
import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.report.Reporter.Origin;
import dev.sheaf.processor.report.ValidationReport;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Judges an {@code @Aggregate} field into its model: its function (AUTO decided by the type),
 * whether the type can hold the result, and what it collects or computes, from which related
 * rows.
 */
final class AggregateValidator {
  /** Reads a projection a field reaches: the projection reader, which sees cycles. */
  interface NestedProjections {
    /** The model of {@code target}; null (reported) for a cycle or a broken projection. */
    ProjectionModel nested(TypeElement owner, Component component, TypeElement target);
  }

  private final ValidationReport report;
  private final IdentifierCheck identifiers;
  private final SchemaCheck schema;
  private final RelationValidator relations;
  private final LikelyMistakes mistakes;
  private final NestedProjections projections;

  AggregateValidator(ValidationReport report, IdentifierCheck identifiers, SchemaCheck schema,
      LikelyMistakes mistakes, NestedProjections projections) {
    this.report = report;
    this.identifiers = identifiers;
    this.schema = schema;
    this.relations = new RelationValidator(report, identifiers, schema);
    this.mistakes = mistakes;
    this.projections = projections;
  }

  /** The field {@code component} of {@code owner}; null (reported) when it is wrong. */
  Field read(TypeElement owner, Component component) {
    Element element = component.element();
    Aggregate aggregate = component.aggregate().values();
    AnnotationMirror mirror = component.aggregate().mirror();
    TypeMirror type = component.type();
    CollectionKind kind = JavaTypes.collectionKind(type);
    Aggregate.Function function = aggregate.function();
    if (function == Aggregate.Function.AUTO) {
      function = autoFunction(type, kind);
      if (function == null) {
        report.report(Origin.of(element), Message.AGGREGATE_NEEDS_FUNCTION,
            component.label(owner), type);
        return null;
      }
    }
    String label = component.label(owner);
    if (!mistakes.namedParametersOnly(element, mirror, "where", label, aggregate.where())
        | !mistakes.noParameters(element, mirror, "orderBy", label, aggregate.orderBy())) {
      return null;
    }
    if (aggregate.depth() < 1) {
      report.report(Origin.of(element, mirror, "depth"), Message.DEPTH_BELOW_ONE,
          aggregate.depth(), label);
      return null;
    }
    if (function == Aggregate.Function.COLLECT) {
      return readCollection(owner, component, aggregate, mirror, kind);
    }
    ignoredDepth(element, mirror, label, aggregate);
    return readScalarAggregate(owner, component, aggregate, mirror, function);
  }

  /** Warns of a depth on a field that is no tree, where it does nothing. */
  private void ignoredDepth(
      Element element, AnnotationMirror mirror, String label, Aggregate aggregate) {
    if (aggregate.depth() != Aggregate.UNLIMITED) {
      mistakes.unusedAttribute(element, mirror, "depth", label,
          "only a collection of the projection that holds it is a tree");
    }
  }

  private static Aggregate.Function autoFunction(TypeMirror type, CollectionKind kind) {
    if (kind != null) {
      return Aggregate.Function.COLLECT;
    }
    if (type.getKind() == TypeKind.BOOLEAN || JavaTypes.is(type, "java.lang.Boolean")) {
      return Aggregate.Function.EXISTS;
    }
    if (type.getKind() == TypeKind.INT || type.getKind() == TypeKind.LONG
        || JavaTypes.is(type, "java.lang.Integer", "java.lang.Long")) {
      return Aggregate.Function.COUNT;
    }
    return null;
  }

  private Field readCollection(TypeElement owner, Component component, Aggregate aggregate,
      AnnotationMirror mirror, CollectionKind kind) {
    Element element = component.element();
    String label = component.label(owner);
    if (kind == null) {
      report.report(Origin.of(element, mirror, "function"), Message.COLLECT_TYPE, label,
          component.type());
      return null;
    }
    if (aggregate.limit() < 0) {
      report.report(Origin.of(element, mirror, "limit"), Message.NEGATIVE_LIMIT,
          aggregate.limit(), label);
      return null;
    }
    TypeMirror elementType = JavaTypes.typeArgument(component.type());
    TypeElement projectionElement = elementType == null ? null : JavaTypes.projection(elementType);
    CollectionField.Element collected;
    String table = aggregate.table();
    String targetKey = "id";
    if (projectionElement != null
        && projectionElement.getQualifiedName().contentEquals(owner.getQualifiedName())) {
      return readTree(owner, component, aggregate, mirror, kind);
    }
    ignoredDepth(element, mirror, label, aggregate);
    if (projectionElement != null) {
      ProjectionModel projection = projections.nested(owner, component, projectionElement);
      if (projection == null) {
        return null;
      }
      collected = new CollectionField.ProjectionElement(projection);
      if (!aggregate.column().isEmpty()) {
        mistakes.unusedAttribute(element, mirror, "column", label, "the collected @Projection "
            + projectionElement.getSimpleName() + " says which columns it reads");
      }
      if (table.isEmpty()) {
        table = projection.table();
      }
      targetKey = projection.key().column();
    } else if (!aggregate.column().isEmpty() && elementType != null
        && JavaTypes.isReadable(elementType) && !elementType.getKind().isPrimitive()) {
      if (!identifiers.check(element, mirror, "column", aggregate.column())) {
        return null;
      }
      collected = new CollectionField.ColumnElement(aggregate.column(), TypeName.get(elementType));
    } else {
      report.report(Origin.of(element), Message.COLLECT_ELEMENT, label, elementType, elementType);
      return null;
    }
    Relation relation = relations.read(element, mirror, label, owner, aggregate, table, targetKey);
    if (relation == null) {
      return null;
    }
    if (collected instanceof CollectionField.ColumnElement && !schema.aggregated(
        Origin.of(element, mirror, "column"), label, Aggregate.Function.COLLECT, relation.table(),
        aggregate.column(), elementType)) {
      return null;
    }
    String limitParameter = aggregate.limitParameter();
    if (!limitParameter.isEmpty() && !mistakes.limitParameter(element, mirror, label,
        aggregate.limit(), limitParameter)) {
      return null;
    }
    return new CollectionField(component.name(), TypeName.get(component.type()), kind, relation,
        collected, aggregate.where(), aggregate.orderBy(), aggregate.limit(), limitParameter);
  }

  /**
   * A collection of the owner's own projection: a tree, walked by a foreign key of the owner's
   * table, to the declared depth. A junction or another table is refused: the walk follows one
   * column of one table.
   */
  private Field readTree(TypeElement owner, Component component, Aggregate aggregate,
      AnnotationMirror mirror, CollectionKind kind) {
    Element element = component.element();
    String label = component.label(owner);
    Projection projection = owner.getAnnotation(Projection.class);
    if (!aggregate.through().isEmpty()) {
      report.report(Origin.of(element, mirror, "through"), Message.TREE_SHAPE, label,
          "it collects " + owner.getSimpleName() + " through the junction " + aggregate.through()
              + ", and a tree walks one foreign key of its own table");
      return null;
    }
    if (!aggregate.table().isEmpty() && !aggregate.table().equalsIgnoreCase(projection.table())) {
      report.report(Origin.of(element, mirror, "table"), Message.TREE_SHAPE, label,
          "it collects " + owner.getSimpleName() + " from " + aggregate.table() + ", not from "
              + projection.table() + ", the table " + owner.getSimpleName() + " projects");
      return null;
    }
    if (!aggregate.column().isEmpty()) {
      mistakes.unusedAttribute(element, mirror, "column", label, "the collected @Projection "
          + owner.getSimpleName() + " says which columns it reads");
    }
    Relation relation = relations.read(element, mirror, label, owner, aggregate,
        projection.table(), projection.key());
    if (relation == null) {
      return null;
    }
    int depth = aggregate.depth() == Aggregate.UNLIMITED ? 0 : aggregate.depth();
    return new CollectionField(component.name(), TypeName.get(component.type()), kind, relation,
        new CollectionField.TreeElement(ClassName.get(owner), depth), aggregate.where(),
        aggregate.orderBy(), aggregate.limit());
  }

  private Field readScalarAggregate(TypeElement owner, Component component, Aggregate aggregate,
      AnnotationMirror mirror, Aggregate.Function function) {
    Element element = component.element();
    String label = component.label(owner);
    TypeMirror type = component.type();
    boolean ok = true;
    if (aggregate.limit() != 0) {
      report.report(Origin.of(element, mirror, "limit"), Message.LIMIT_ON_SCALAR,
          "limit = " + aggregate.limit(), label);
      ok = false;
    }
    if (!aggregate.limitParameter().isEmpty()) {
      report.report(Origin.of(element, mirror, "limitParameter"), Message.LIMIT_ON_SCALAR,
          "limitParameter = \"" + aggregate.limitParameter() + "\"", label);
      ok = false;
    }
    if (!aggregate.orderBy().isEmpty()) {
      report.report(Origin.of(element, mirror, "orderBy"), Message.ORDER_ON_SCALAR, label);
      ok = false;
    }
    String fit = functionFit(function, type);
    if (fit != null) {
      report.report(Origin.of(element, mirror, "function"), Message.FUNCTION_TYPE, function,
          label, type, fit);
      ok = false;
    }
    boolean readsColumn = function != Aggregate.Function.COUNT
        && function != Aggregate.Function.EXISTS;
    if (function == Aggregate.Function.EXISTS && !aggregate.column().isEmpty()) {
      mistakes.unusedAttribute(element, mirror, "column", label, "EXISTS reads no column");
    }
    if (readsColumn && aggregate.column().isEmpty()) {
      report.report(Origin.of(element, mirror, "function"), Message.MISSING_COLUMN, function, label);
      ok = false;
    }
    if (!aggregate.column().isEmpty()
        && !identifiers.check(element, mirror, "column", aggregate.column())) {
      ok = false;
    }
    Relation relation =
        relations.read(element, mirror, label, owner, aggregate, aggregate.table(), "id");
    if (relation == null || !ok) {
      return null;
    }
    boolean minOrMax = function == Aggregate.Function.MIN || function == Aggregate.Function.MAX;
    if (!aggregate.column().isEmpty() && !schema.aggregated(Origin.of(element, mirror, "column"),
        label, function, relation.table(), aggregate.column(), minOrMax ? type : null)) {
      return null;
    }
    return new AggregateField(component.name(), TypeName.get(type), function, relation,
        aggregate.column(), aggregate.where());
  }

  /** Null when {@code function} can fill {@code type}, else how to fix it. */
  private static String functionFit(Aggregate.Function function, TypeMirror type) {
    boolean primitive = type.getKind().isPrimitive();
    return switch (function) {
      case COUNT, COUNT_DISTINCT -> type.getKind() == TypeKind.INT || type.getKind() == TypeKind.LONG
          || JavaTypes.is(type, "java.lang.Integer", "java.lang.Long")
          ? null : "a count is an int or a long";
      case EXISTS -> type.getKind() == TypeKind.BOOLEAN || JavaTypes.is(type, "java.lang.Boolean")
          ? null : "existence is a boolean";
      case SUM -> JavaTypes.isNumeric(type) ? null
          : "a sum is a number: long, double, BigDecimal, or boxed/Optional for null on no rows";
      case AVG -> primitive
          ? "an average of no rows is null: use Double, OptionalDouble or BigDecimal"
          : JavaTypes.isNumeric(type) ? null : "an average is a number: Double, OptionalDouble or BigDecimal";
      case MIN, MAX -> primitive
          ? "the " + function.name().toLowerCase() + " of no rows is null: use the boxed type or an Optional"
          : JavaTypes.isReadable(type) ? null : "use a type Sheaf can read from a column";
      case AUTO, COLLECT -> null;
    };
  }
}
