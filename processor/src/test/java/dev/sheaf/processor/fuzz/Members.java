package dev.sheaf.processor.fuzz;

import java.util.List;
import java.util.Map;

/**
 * Valid members of every kind, for a DTO: columns, scalar aggregates, collections and
 * references. Mutations start from these and break one thing.
 */
final class Members {
  /** Each function, and the field types it fills. AUTO_COUNT and AUTO_EXISTS leave it to AUTO. */
  static final Map<String, List<String>> FUNCTION_TYPES = Map.of(
      "AUTO_COUNT", Pools.COUNT_TYPES, "AUTO_EXISTS", Pools.EXISTS_TYPES,
      "COUNT", Pools.COUNT_TYPES, "COUNT_DISTINCT", Pools.COUNT_TYPES,
      "SUM", Pools.SUM_TYPES, "AVG", Pools.AVG_TYPES, "MIN", Pools.MIN_MAX_TYPES,
      "MAX", Pools.MIN_MAX_TYPES, "EXISTS", Pools.EXISTS_TYPES);
  static final List<String> FUNCTIONS = FUNCTION_TYPES.keySet().stream().sorted().toList();

  private final Rand rand;
  /** An enum the case declares, for columns and elements; null for none. */
  private final Dto enumType;

  Members(Rand rand, Dto enumType) {
    this.rand = rand;
    this.enumType = enumType;
  }

  String columnType() {
    if (enumType != null && rand.chance(0.1)) {
      return rand.chance(0.5) ? enumType.typeName() : "java.util.Optional<" + enumType.typeName() + ">";
    }
    return rand.pick(Pools.COLUMN_TYPES);
  }

  String name(Dto dto) {
    List<String> pool = dto.kind == Dto.Kind.CLASS && rand.chance(0.1)
        ? Pools.OBJECT_METHOD_NAMES : Pools.FIELD_NAMES;
    return MemberNames.fresh(dto, rand, pool);
  }

  Member column(Dto dto, String type) {
    Member member = new Member(name(dto), type);
    if (rand.chance(0.25)) {
      member.annotations.add(new Ann(Ann.COLUMN).set("value", MemberNames.freshColumn(dto, rand)));
    }
    return member;
  }

  /** A scalar aggregate computing {@code function} (a key of {@link #FUNCTION_TYPES}). */
  Member scalarAggregate(Dto dto, String function) {
    Ann aggregate = new Ann(Ann.AGGREGATE);
    if (function.startsWith("AUTO_")) {
      if (rand.chance(0.3)) {
        aggregate.function("AUTO");
      }
    } else {
      aggregate.function(function);
    }
    String ownTable = dto.projection == null ? null : dto.projection.stringValue("table");
    aggregate.set("table", ownTable != null && rand.chance(0.2) ? ownTable : rand.pick(Pools.SQL_NAMES));
    relation(aggregate);
    boolean readsColumn = !function.contains("COUNT") && !function.contains("EXISTS")
        || function.equals("COUNT_DISTINCT");
    if (readsColumn || rand.chance(0.2)) {
      aggregate.set("column", rand.pick(Pools.SQL_NAMES));
    }
    if (rand.chance(0.1)) {
      aggregate.raw("limit", "0");
    }
    if (rand.chance(0.1)) {
      aggregate.set("orderBy", "");
    }
    Member member = new Member(name(dto), rand.pick(FUNCTION_TYPES.get(function)), aggregate);
    ignoredColumn(dto, member);
    return member;
  }

  /** A collection of {@code target}'s rows. */
  Member collection(Dto dto, Dto target) {
    Ann aggregate = collect();
    if (rand.chance(0.3)) {
      aggregate.set("table", rand.pick(Pools.SQL_NAMES));
    }
    if (rand.chance(0.05)) {
      aggregate.set("column", rand.pick(Pools.SQL_NAMES)); // read only for collected columns
    }
    String type = rand.pick(Pools.CONTAINERS) + "<" + target.typeName() + ">";
    Member member = new Member(name(dto), type, aggregate);
    ignoredColumn(dto, member);
    return member;
  }

  /** A collection of one column's values. */
  Member columnCollection(Dto dto) {
    Ann aggregate = collect().set("table", rand.pick(Pools.SQL_NAMES))
        .set("column", rand.pick(Pools.SQL_NAMES));
    String element = enumType != null && rand.chance(0.1)
        ? enumType.typeName() : rand.pick(Pools.ELEMENT_TYPES);
    return new Member(name(dto), rand.pick(Pools.CONTAINERS) + "<" + element + ">", aggregate);
  }

  /** A to-one reference to {@code target}. */
  Member reference(Dto dto, Dto target) {
    Ann reference = new Ann(Ann.REFERENCE).set("foreignKey", rand.pick(Pools.SQL_NAMES));
    String type = rand.chance(0.3) ? "java.util.Optional<" + target.typeName() + ">" : target.typeName();
    Member member = new Member(name(dto), type, reference);
    ignoredColumn(dto, member);
    return member;
  }

  private Ann collect() {
    Ann aggregate = new Ann(Ann.AGGREGATE);
    int function = rand.between(0, 9);
    if (function < 2) {
      aggregate.function("COLLECT");
    } else if (function < 3) {
      aggregate.function("AUTO");
    }
    relation(aggregate);
    if (rand.chance(0.4)) {
      aggregate.set("orderBy", rand.pick(Pools.SQL_TEXTS));
    }
    if (rand.chance(0.4)) {
      aggregate.raw("limit", JavaText.integer(rand.pick(Pools.LIMITS)));
    }
    return aggregate;
  }

  /** foreignKey, and sometimes a junction, and a condition. */
  private void relation(Ann aggregate) {
    aggregate.set("foreignKey", rand.pick(Pools.SQL_NAMES));
    if (rand.chance(0.2)) {
      aggregate.set("through", rand.pick(Pools.SQL_NAMES))
          .set("inverseForeignKey", rand.pick(Pools.SQL_NAMES));
      if (rand.chance(0.5)) {
        aggregate.set("targetKey", rand.pick(Pools.SQL_NAMES));
      }
    }
    if (rand.chance(0.3)) {
      aggregate.set("where", rand.pick(Pools.SQL_TEXTS));
    }
  }

  /** Sometimes a @Column where Sheaf ignores it, beside @Aggregate or @Reference. */
  private void ignoredColumn(Dto dto, Member member) {
    if (rand.chance(0.05)) {
      member.annotations.add(0, new Ann(Ann.COLUMN).set("value", MemberNames.freshColumn(dto, rand)));
    }
  }
}
