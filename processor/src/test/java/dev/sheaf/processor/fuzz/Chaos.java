package dev.sheaf.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Graphs with anything in them, still valid Java: every kind and place of type, any member type,
 * any mix of annotations, attributes valid or not, relations in any direction (cycles and self
 * references too), keys of any type or none. The processor may accept or reject each case.
 */
final class Chaos {
  private static final List<String> CLASHING_COLUMNS = List.of("id", "ID", "name", "Name", "n_a_m_e");

  private final Graph graph;
  private final Rand rand;
  private final List<Dto> dtos = new ArrayList<>();
  private final List<String> extraTypes = new ArrayList<>();

  private Chaos(Graph graph, Rand rand) {
    this.graph = graph;
    this.rand = rand;
  }

  static void build(Graph graph, Rand rand) {
    new Chaos(graph, rand).build();
  }

  private void build() {
    if (rand.chance(0.4)) {
      extraTypes.add(Mutation.plain(graph).typeName());
    }
    if (rand.chance(0.3)) {
      Dto enumType = graph.add(rand.pick("Mood", "Status", "Long", "Record"));
      enumType.kind = Dto.Kind.ENUM;
      extraTypes.add(enumType.typeName());
    }
    int count = rand.between(1, 4);
    for (int i = 0; i < count; i++) {
      dtos.add(declare(i));
    }
    for (Dto dto : dtos) {
      fill(dto);
    }
    makeSomePrivate();
    graph.caller = true;
  }

  private Dto declare(int index) {
    Dto dto = graph.add(rand.pick(Pools.TYPE_NAMES));
    dto.kind = rand.pick(Dto.Kind.RECORD, Dto.Kind.RECORD, Dto.Kind.RECORD, Dto.Kind.CLASS,
        Dto.Kind.CLASS, Dto.Kind.CLASS, Dto.Kind.ABSTRACT_CLASS, Dto.Kind.INTERFACE,
        Dto.Kind.ENUM, Dto.Kind.ANNOTATION);
    dto.place = rand.chance(0.6) ? Dto.Place.TOP : rand.pick(Dto.Place.NESTED, Dto.Place.INNER);
    if (index > 0 && rand.chance(0.1)) {
      dto.enclosing = dtos.get(rand.between(0, index - 1));
    }
    boolean generic = dto.kind != Dto.Kind.ENUM && dto.kind != Dto.Kind.ANNOTATION;
    if (generic && rand.chance(0.1)) {
      dto.typeParameters = "<T>";
    }
    if (dto.isClass() && rand.chance(0.4)) {
      dto.constructor = rand.pick(Dto.Constructor.values());
    }
    if (rand.chance(0.9)) {
      dto.projection = new Ann(Ann.PROJECTION).set("table", sqlName());
      if (rand.chance(0.4)) {
        dto.projection.set("key", rand.chance(0.5) ? rand.pick(CLASHING_COLUMNS) : sqlName());
      }
      if (rand.chance(0.3)) {
        dto.projection.set("orderBy", rand.pick(Pools.SQL_TEXTS));
      }
    }
    return dto;
  }

  private void fill(Dto dto) {
    if (rand.chance(0.8)) {
      String type = rand.chance(0.7) ? rand.pick(Pools.KEY_TYPES) : rand.pick(Pools.NOT_KEY_TYPES);
      Member key = new Member(MemberNames.fresh(dto, rand, List.of("id", "code", "key")), type);
      if (rand.chance(0.3)) {
        key.annotations.add(new Ann(Ann.COLUMN).set("value", rand.pick(CLASHING_COLUMNS)));
      }
      dto.members.add(key);
    }
    for (int i = rand.between(0, 7); i > 0; i--) {
      List<String> pool = dto.isClass() || dto.kind == Dto.Kind.ENUM
          ? concat(Pools.FIELD_NAMES, Pools.OBJECT_METHOD_NAMES) : Pools.FIELD_NAMES;
      Member member = new Member(MemberNames.fresh(dto, rand, pool), type(dto));
      annotate(member);
      dto.members.add(member);
    }
    rand.shuffle(dto.members);
  }

  private String type(Dto dto) {
    Dto other = rand.pick(dtos);
    String named = other.typeName();
    return switch (rand.between(0, 11)) {
      case 0, 1 -> rand.pick(Pools.COLUMN_TYPES);
      case 2 -> rand.pick(Pools.UNSUPPORTED_TYPES);
      case 3 -> rand.pick(concat(Pools.KEY_TYPES, Pools.NOT_KEY_TYPES));
      case 4 -> rand.pick(Pools.CONTAINERS) + "<" + named + ">";
      case 5 -> rand.pick(Pools.CONTAINERS) + "<"
          + rand.pick(concat(Pools.ELEMENT_TYPES, Pools.BAD_ELEMENT_TYPES)) + ">";
      case 6 -> rand.pick(named, "java.util.Optional<" + named + ">");
      case 7 -> rand.pick(named + "[]", "java.util.Map<java.lang.Long, " + named + ">",
          "java.util.List<? extends " + named + ">", "java.util.List",
          "java.util.List<java.util.List<" + named + ">>", "java.lang.Iterable<" + named + ">",
          "java.util.ArrayList<" + named + ">");
      case 8 -> extraTypes.isEmpty() ? "java.lang.Object" : rand.pick(extraTypes);
      case 9 -> dto.typeParameters.isEmpty() ? aggregateType()
          : rand.pick("T", "java.util.List<T>", "java.util.Optional<T>");
      default -> aggregateType();
    };
  }

  /** A type some aggregate function fills. */
  private String aggregateType() {
    return rand.pick(Members.FUNCTION_TYPES.get(rand.pick(Members.FUNCTIONS)));
  }

  private void annotate(Member member) {
    if (rand.chance(0.2)) {
      member.annotations.add(new Ann(Ann.COLUMN)
          .set("value", rand.chance(0.5) ? rand.pick(CLASHING_COLUMNS) : sqlName()));
    }
    if (rand.chance(0.5)) {
      member.annotations.add(aggregate());
    }
    if (rand.chance(0.25)) {
      member.annotations.add(new Ann(Ann.REFERENCE).set("foreignKey", sqlName()));
    }
    rand.shuffle(member.annotations);
  }

  private Ann aggregate() {
    Ann aggregate = new Ann(Ann.AGGREGATE);
    if (rand.chance(0.5)) {
      aggregate.function(rand.pick("AUTO", "COLLECT", "COUNT", "COUNT_DISTINCT", "SUM", "AVG",
          "MIN", "MAX", "EXISTS"));
    }
    for (String attribute : List.of("table", "foreignKey", "column", "through",
        "inverseForeignKey", "targetKey")) {
      double chance = switch (attribute) {
        case "table" -> 0.7;
        case "foreignKey" -> 0.85;
        case "column" -> 0.4;
        default -> 0.12;
      };
      if (rand.chance(chance)) {
        aggregate.set(attribute, sqlName());
      }
    }
    if (rand.chance(0.2)) {
      aggregate.set("where", rand.pick(Pools.SQL_TEXTS));
    }
    if (rand.chance(0.2)) {
      aggregate.set("orderBy", rand.pick(Pools.SQL_TEXTS));
    }
    if (rand.chance(0.2)) {
      aggregate.raw("limit", JavaText.integer(rand.pick(concat(Pools.LIMITS, Pools.NEGATIVE_LIMITS))));
    }
    return aggregate;
  }

  /** Mostly a valid identifier, sometimes not one, sometimes empty. */
  private String sqlName() {
    double roll = rand.between(0, 99);
    return roll < 80 ? rand.pick(Pools.SQL_NAMES) : roll < 95 ? rand.pick(Pools.BAD_SQL_NAMES) : "";
  }

  /**
   * Makes some types private once their members are known: only those no type outside them
   * names, since javac rejects a use of a private type from outside. NESTED keeps its name as
   * PRIVATE_NESTED; a top-level type nothing names may move into a private holder.
   */
  private void makeSomePrivate() {
    for (Dto dto : dtos) {
      if (dto.enclosing != null || graph.isUsedOutside(dto) || !rand.chance(0.3)) {
        continue;
      }
      if (dto.place == Dto.Place.NESTED) {
        dto.place = Dto.Place.PRIVATE_NESTED;
      } else if (dto.place == Dto.Place.TOP && !graph.isUsed(dto)) {
        dto.place = Dto.Place.IN_PRIVATE_HOLDER; // renames it: only if nothing names it
      }
    }
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
