package dev.sheaf.processor.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.sheaf.Aggregate;
import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.Relation;
import dev.sheaf.runtime.internal.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A scalar aggregate as a value of its owner's statement: it adds no statement, and the
 * runtime computes it grouped or correlated, never by joining two to-many relations into one
 * row set (no multiplied counts).
 */
final class AggregateValues {
  private static final TypeName OPTIONAL_DOUBLE = ClassName.get(OptionalDouble.class);
  private static final ClassName OPTIONAL = ClassName.get(Optional.class);

  private AggregateValues() {}

  static void add(Select select, AggregateField field) {
    List<Select.Option> options = new ArrayList<>();
    Aggregate.Function function = field.function();
    boolean zero = switch (function) {
      case COUNT, COUNT_DISTINCT, EXISTS -> true;
      case SUM -> field.type().isPrimitive();
      default -> false;
    };
    if (zero) {
      options.add(Select.Option.OR_ZERO);
    }
    if (function == Aggregate.Function.AVG && floatingPoint(field.type())) {
      options.add(Select.Option.AS_DOUBLE);
    }
    select.aggregate(Sql.alias(field.name()), function, relation(field.relation()),
        field.column().isEmpty() ? "" : Sql.column(field.column()), field.where(),
        options.toArray(Select.Option[]::new));
  }

  private static Select.Relation relation(Relation relation) {
    String table = Sql.table(relation.table());
    if (relation.manyToMany()) {
      return Select.over(table, Sql.link(relation));
    }
    return Select.over(table, Sql.column(relation.foreignKey()));
  }

  /** A double, a float, or one in an Optional: the types an AVG is read into as Java would. */
  private static boolean floatingPoint(TypeName type) {
    if (type instanceof ParameterizedTypeName parameterized
        && parameterized.rawType().equals(OPTIONAL)) {
      return floatingPoint(parameterized.typeArguments().get(0));
    }
    TypeName unboxed = type.isBoxedPrimitive() ? type.unbox() : type;
    return unboxed.equals(TypeName.DOUBLE) || unboxed.equals(TypeName.FLOAT)
        || type.equals(OPTIONAL_DOUBLE);
  }
}
