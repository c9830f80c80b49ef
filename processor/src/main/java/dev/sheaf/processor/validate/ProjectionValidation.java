package dev.sheaf.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.sheaf.Aggregate;
import dev.sheaf.Column;
import dev.sheaf.Projection;
import dev.sheaf.Reference;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.ColumnField;
import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.ReferenceField;
import dev.sheaf.processor.read.ArrayColumns;
import dev.sheaf.processor.read.Component;
import dev.sheaf.processor.read.JavaTypes;
import dev.sheaf.processor.read.Names;
import dev.sheaf.processor.read.ProjectionReader;
import dev.sheaf.processor.read.ProjectionSource;
import dev.sheaf.processor.read.UnresolvedTypes;
import dev.sheaf.processor.read.Written;
import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.report.Reporter.Origin;
import dev.sheaf.processor.report.ValidationReport;
import dev.sheaf.processor.schema.Schema;
import dev.sheaf.processor.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Judges one {@code @Projection} type, as {@link ProjectionReader} wrote it down, into a {@link
 * ProjectionModel}, each misuse collected in the type's {@link ValidationReport}. It judges
 * columns and references itself; {@link ShapeCheck} judges the type, {@link AggregateValidator}
 * the {@code @Aggregate} fields, and {@link SchemaCheck} every name against the schema, if
 * given. A projection a field reaches comes from {@link ProjectionValidator}, which judges each
 * type once and sees cycles.
 */
final class ProjectionValidation {
  private final ValidationReport report;
  /** Whether a type is compiled from source here (else it comes from the classpath). */
  private final Predicate<TypeElement> sources;
  private final IdentifierCheck identifiers;
  private final SchemaCheck schema;
  private final LikelyMistakes mistakes;
  private final ShapeCheck shapes;
  private final AggregateValidator aggregates;
  private final AggregateValidator.NestedProjections projections;

  ProjectionValidation(ValidationReport report, Types types, Predicate<TypeElement> sources,
      Schema schema, AggregateValidator.NestedProjections projections) {
    this.report = report;
    this.sources = sources;
    this.identifiers = new IdentifierCheck(report);
    this.schema = new SchemaCheck(schema, report);
    this.mistakes = new LikelyMistakes(report);
    this.shapes = new ShapeCheck(types, report);
    this.projections = projections;
    this.aggregates =
        new AggregateValidator(report, identifiers, this.schema, mistakes, projections);
  }

  /** The model of {@code dto}; empty when it has errors, each in the report. */
  Optional<ProjectionModel> validate(TypeElement dto) {
    // Only a type Sheaf could construct is read on.
    if (!shapes.shape(dto)) {
      return Optional.empty();
    }
    return validate(ProjectionReader.read(dto));
  }

  private Optional<ProjectionModel> validate(ProjectionSource source) {
    TypeElement dto = source.type();
    Projection projection = source.projection().values();
    AnnotationMirror mirror = source.projection().mirror();
    identifiers.check(dto, mirror, "table", projection.table());
    identifiers.check(dto, mirror, "key", projection.key());
    mistakes.noParameters(dto, mirror, "orderBy", "@Projection " + dto.getSimpleName(),
        projection.orderBy());

    List<Component> components = source.components();
    if (!shapes.constructor(dto, components)) {
      return Optional.empty();
    }
    // One field per component, null where the field had an error: the others are still checked
    // against the schema, so one build shows every mistake of the DTO.
    List<Field> fields = new ArrayList<>();
    for (Component component : components) {
      fields.add(readField(dto, component));
    }
    boolean unique = checkColumnsUnique(components, fields) & oneTree(dto, components, fields);
    if (fields.contains(null) || !unique) {
      columnsExist(dto, mirror, projection, components, fields);
      return Optional.empty();
    }
    ColumnField key = keyField(dto, mirror, projection.key(), components, fields);
    if (key == null || !columnsExist(dto, mirror, projection, components, fields)) {
      return Optional.empty();
    }
    return Optional.of(new ProjectionModel(ClassName.get(dto), projection.table(), key,
        projection.orderBy(), fields, dto.getKind() == ElementKind.RECORD));
  }

  private Field readField(TypeElement owner, Component component) {
    // javac reports a type it cannot resolve in source ("cannot find symbol"), on this very field;
    // a Sheaf error there would only repeat it. A class file's missing type javac may not report.
    if (UnresolvedTypes.in(component.type()) && sources.test(owner)) {
      return null;
    }
    Element element = component.element();
    if (component.aggregate() != null && component.reference() != null) {
      report.report(Origin.of(element), Message.AGGREGATE_AND_REFERENCE, component.label(owner));
      return null;
    }
    AnnotationMirror column = Written.mirror(component.column());
    if (component.aggregate() != null) {
      mistakes.columnOnRelation(element, column, component.label(owner), "@Aggregate");
      return aggregates.read(owner, component);
    }
    if (component.reference() != null) {
      mistakes.columnOnRelation(element, column, component.label(owner), "@Reference");
      return readReference(owner, component);
    }
    return readColumn(owner, component);
  }

  private Field readColumn(TypeElement owner, Component component) {
    TypeMirror type = component.type();
    Origin origin = Origin.of(component.element());
    Column column = component.column() == null ? null : component.column().values();
    String name = column != null ? column.value() : Names.snakeCase(component.name());
    boolean array = ArrayColumns.isList(type)
        && (column != null || schema.isArray(owner, name));
    if (JavaTypes.collectionKind(type) != null && !array) {
      report.report(origin, Message.LAZY_PATH, component.label(owner), "a collection",
          ArrayColumns.isList(type) ? " If it reads an array column, annotate it with @Column(\""
              + name + "\")." : "");
      return null;
    }
    TypeMirror single = JavaTypes.isOptional(type) ? JavaTypes.typeArgument(type) : type;
    if (single != null && JavaTypes.projection(single) != null) {
      report.report(origin, Message.LAZY_PATH, component.label(owner), "a @Projection", "");
      return null;
    }
    if (!array && !JavaTypes.isReadable(type)) {
      report.report(origin, Message.UNSUPPORTED_TYPE, component.label(owner), type);
      return null;
    }
    if (column != null) {
      AnnotationMirror mirror = component.column().mirror();
      if (!identifiers.check(component.element(), mirror, "value", name)) {
        return null;
      }
    }
    return new ColumnField(component.name(), TypeName.get(type), name);
  }

  private Field readReference(TypeElement owner, Component component) {
    Element element = component.element();
    Reference reference = component.reference().values();
    AnnotationMirror mirror = component.reference().mirror();
    TypeMirror type = component.type();
    boolean optional = JavaTypes.isOptional(type);
    TypeMirror targetType = optional ? JavaTypes.typeArgument(type) : type;
    TypeElement targetElement = targetType == null ? null : JavaTypes.projection(targetType);
    if (targetElement == null) {
      report.report(Origin.of(element), Message.REFERENCE_TYPE, component.label(owner), type);
      return null;
    }
    if (reference.depth() < 1) {
      report.report(Origin.of(element, mirror, "depth"), Message.DEPTH_BELOW_ONE,
          reference.depth(), component.label(owner));
      return null;
    }
    boolean chain = targetElement.getQualifiedName().contentEquals(owner.getQualifiedName());
    if (!chain && reference.depth() != Aggregate.UNLIMITED) {
      mistakes.unusedAttribute(element, mirror, "depth", component.label(owner),
          "only a reference to the projection that holds it is a chain");
    }
    String foreignKey = referenceKey(owner, component, reference, mirror, targetElement);
    if (foreignKey == null) {
      return null;
    }
    if (chain) {
      int depth = reference.depth() == Aggregate.UNLIMITED ? 0 : reference.depth();
      return new ReferenceField(component.name(), TypeName.get(type), foreignKey, null, optional,
          new ReferenceField.Chain(depth));
    }
    ProjectionModel target = projections.nested(owner, component, targetElement);
    if (target == null) {
      return null;
    }
    return new ReferenceField(component.name(), TypeName.get(type), foreignKey, target, optional);
  }

  /**
   * The column, in the owner's table, holding the referenced row's key: as written, or inferred
   * from the schema's one FOREIGN KEY between the tables. Null (reported) when neither works.
   */
  private String referenceKey(TypeElement owner, Component component, Reference reference,
      AnnotationMirror mirror, TypeElement target) {
    Element element = component.element();
    String label = component.label(owner);
    String ownerTable = owner.getAnnotation(Projection.class).table();
    if (!reference.foreignKey().isEmpty()) {
      if (!identifiers.check(element, mirror, "foreignKey", reference.foreignKey())) {
        return null;
      }
      boolean exists = schema.column(Origin.of(element, mirror, "foreignKey"),
          "foreignKey on " + label, schema.tableOf(owner), reference.foreignKey()).isPresent();
      return exists || schema.tableOf(owner).isEmpty() ? reference.foreignKey() : null;
    }
    if (!schema.enabled()) {
      report.report(Origin.of(element, mirror, null), Message.MISSING_REFERENCE_KEY, label,
          ownerTable, target.getSimpleName());
      return null;
    }
    return schema.inferForeignKey(Origin.of(element, mirror, null), label, "foreignKey",
        ownerTable, schema.tableOf(target), target.getAnnotation(Projection.class).table())
        .orElse(null);
  }

  private ColumnField keyField(TypeElement dto, AnnotationMirror mirror, String key,
      List<Component> components, List<Field> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i) instanceof ColumnField column && column.column().equalsIgnoreCase(key)) {
        TypeMirror type = components.get(i).type();
        boolean keyType = type.getKind() == TypeKind.LONG || type.getKind() == TypeKind.INT
            || JavaTypes.is(type, "java.lang.Long", "java.lang.Integer", "java.lang.String",
                "java.util.UUID");
        if (!keyType) {
          report.report(Origin.of(components.get(i).element()), Message.KEY_TYPE,
              components.get(i).label(dto), type);
          return null;
        }
        return column;
      }
    }
    report.report(Origin.of(dto, mirror, null), Message.NO_KEY_FIELD, dto.getSimpleName(), key);
    return null;
  }

  /**
   * With a schema: whether the projection's table exists and has every column its fields read,
   * in types the fields can hold. Always true without one.
   */
  private boolean columnsExist(TypeElement dto, AnnotationMirror mirror, Projection projection,
      List<Component> components, List<Field> fields) {
    if (!schema.enabled()) {
      return true;
    }
    Optional<Table> table = schema.table(Origin.of(dto, mirror, "table"),
        "@Projection " + dto.getSimpleName(), projection.table());
    if (table.isEmpty()) {
      return false;
    }
    boolean ok = true;
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i) instanceof ColumnField column) {
        Element element = components.get(i).element();
        AnnotationMirror written = Written.mirror(components.get(i).column());
        ok &= schema.readable(Origin.of(element, written, "value"), components.get(i).label(dto),
            table, column.column(), components.get(i).type());
      }
    }
    return ok;
  }

  /**
   * Whether at most one field of the projection is a tree or a chain: two (reports by one
   * column, mentees by another; reports and the manager) would make each row hold a walk over
   * both, which no one statement reads, and the manager's reports would hold the row again.
   */
  private boolean oneTree(TypeElement dto, List<Component> components, List<Field> fields) {
    String first = null;
    boolean ok = true;
    for (int i = 0; i < fields.size(); i++) {
      boolean tree = fields.get(i) instanceof CollectionField collection
          && collection.element() instanceof CollectionField.TreeElement;
      boolean chain = fields.get(i) instanceof ReferenceField reference
          && reference.chain() != null;
      if (tree || chain) {
        if (first == null) {
          first = fields.get(i).name();
        } else {
          report.report(Origin.of(components.get(i).element()), Message.TREE_SHAPE,
              components.get(i).label(dto), dto.getSimpleName() + " already loads as a tree through "
                  + first + ", and a projection can through one field only");
          ok = false;
        }
      }
    }
    return ok;
  }

  private boolean checkColumnsUnique(List<Component> components, List<Field> fields) {
    Map<String, Integer> seen = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i) instanceof ColumnField column) {
        Integer first = seen.putIfAbsent(column.column().toLowerCase(), i);
        if (first != null) {
          report.report(Origin.of(components.get(i).element()), Message.DUPLICATE_COLUMN,
              components.get(first).name(), components.get(i).name(), column.column());
          ok = false;
        }
      }
    }
    return ok;
  }

}
