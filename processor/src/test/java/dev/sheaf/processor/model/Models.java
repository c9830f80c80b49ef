package dev.sheaf.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.sheaf.Aggregate.Function;
import dev.sheaf.processor.model.CollectionField.CollectionKind;
import dev.sheaf.processor.model.CollectionField.ColumnElement;
import dev.sheaf.processor.model.CollectionField.ProjectionElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Models built by hand, as a reader would read them from DTOs of package {@code shapes}: what
 * planner and writer tests start from, with no javac.
 */
public final class Models {
  public static final TypeName STRING = ClassName.get(String.class);

  private Models() {}

  /** {@code long id}, the usual key. */
  public static ColumnField id() {
    return new ColumnField("id", TypeName.LONG, "id");
  }

  /** A column named as the reader names it by default: {@code firstName} reads first_name. */
  public static ColumnField column(String name, TypeName type) {
    return new ColumnField(name, type, name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase());
  }

  /** A record {@code shapes.<name>} of {@code table}, keyed by its first field. */
  public static ProjectionModel record(String name, String table, ColumnField key,
      Field... rest) {
    List<Field> fields = new ArrayList<>();
    fields.add(key);
    fields.addAll(List.of(rest));
    return new ProjectionModel(ClassName.get("shapes", name), table, key, "", fields, true);
  }

  public static AggregateField count(String name, Relation relation) {
    return new AggregateField(name, TypeName.LONG, Function.COUNT, relation, "", "");
  }

  public static CollectionField list(String name, ProjectionModel element, Relation relation) {
    return new CollectionField(name,
        ParameterizedTypeName.get(ClassName.get(List.class), element.type()), CollectionKind.LIST,
        relation, new ProjectionElement(element), "", "", 0);
  }

  public static CollectionField columns(String name, TypeName element, Relation relation,
      String column) {
    return new CollectionField(name,
        ParameterizedTypeName.get(ClassName.get(List.class), element), CollectionKind.LIST,
        relation, new ColumnElement(column, element), "", "", 0);
  }

  public static ReferenceField reference(String name, ProjectionModel target, String foreignKey) {
    return new ReferenceField(name, target.type(), foreignKey, target, false);
  }

  public static ReferenceField optionalReference(String name, ProjectionModel target,
      String foreignKey) {
    return new ReferenceField(name,
        ParameterizedTypeName.get(ClassName.get(Optional.class), target.type()), foreignKey,
        target, true);
  }

  public static Relation oneToMany(String table, String foreignKey) {
    return new Relation(table, foreignKey, "", "", "id");
  }
}
