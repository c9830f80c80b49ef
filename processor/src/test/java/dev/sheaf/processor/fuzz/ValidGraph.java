package dev.sheaf.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * One to four projections that are valid by construction, each relating only to projections
 * built after it (so no cycle), and the enum they may use. The processor must accept them all.
 */
final class ValidGraph {
  private static final List<String> KEY_COLUMNS =
      List.of("code", "isbn", "key", "uuid", "ID", "Id", "order");
  private static final List<String> ENUM_NAMES =
      List.of("Mood", "Status", "Long", "String", "Record", "List", "Rows", "Load", "Override");

  private final Graph graph;
  private final Rand rand;
  private final Members members;

  private ValidGraph(Graph graph, Rand rand, Dto enumType) {
    this.graph = graph;
    this.rand = rand;
    this.members = new Members(rand, enumType);
  }

  /** Adds the projections to {@code graph}; the first one is the root no other uses. */
  static Members build(Graph graph, Rand rand) {
    Dto enumType = null;
    if (rand.chance(0.3)) {
      enumType = graph.add(rand.pick(ENUM_NAMES));
      enumType.kind = Dto.Kind.ENUM;
    }
    ValidGraph valid = new ValidGraph(graph, rand, enumType);
    valid.build();
    graph.caller = true;
    return valid.members;
  }

  private void build() {
    int count = rand.between(1, 4);
    List<Dto> dtos = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // Never inside the root, nor in another package: mutations change the root's shape.
      Dto enclosing = i > 1 && rand.chance(0.15) ? dtos.get(rand.between(1, i - 1)) : null;
      String base = rand.pick(Pools.TYPE_NAMES);
      Dto dto = enclosing != null ? graph.add(base, enclosing.packageName)
          : i > 0 && !graph.packageName.isEmpty() && rand.chance(0.2) ? graph.addInSubpackage(base)
          : graph.add(base);
      dto.kind = rand.chance(0.6) ? Dto.Kind.RECORD : Dto.Kind.CLASS;
      dto.enclosing = enclosing;
      if (enclosing == null && rand.chance(0.3)) {
        dto.place = Dto.Place.NESTED;
      }
      dtos.add(dto);
    }
    // A repository constructs the projections it loads; from another package it can only
    // through a public constructor.
    boolean onePackage = !graph.hasSubpackage();
    for (Dto dto : dtos) {
      dto.constructorAccess = onePackage ? rand.pick("public ", "", "protected ") : "public ";
    }
    for (int i = 0; i < count; i++) {
      fill(dtos.get(i), dtos.subList(i + 1, count));
    }
  }

  private void fill(Dto dto, List<Dto> later) {
    Ann projection = new Ann(Ann.PROJECTION).set("table", rand.pick(Pools.SQL_NAMES));
    dto.projection = projection;
    String keyColumn = "id";
    if (rand.chance(0.3)) {
      keyColumn = rand.pick(KEY_COLUMNS);
      projection.set("key", keyColumn);
    } else if (rand.chance(0.1)) {
      projection.set("key", "id");
    }
    if (rand.chance(0.3)) {
      projection.set("orderBy", rand.chance(0.2) ? "" : rand.pick(Pools.SQL_TEXTS));
    }
    dto.keyType = rand.pick(Pools.KEY_TYPES);
    dto.members.add(key(dto, keyColumn));

    for (int i = rand.between(0, 5); i > 0; i--) {
      dto.members.add(members.column(dto, members.columnType()));
    }
    for (int i = rand.between(0, 4); i > 0; i--) {
      dto.members.add(members.scalarAggregate(dto, rand.pick(Members.FUNCTIONS)));
    }
    for (int i = rand.between(0, Math.min(2, later.size())); i > 0; i--) {
      dto.members.add(members.collection(dto, rand.pick(later)));
    }
    for (int i = rand.between(0, 2); i > 0 && rand.chance(0.5); i--) {
      dto.members.add(members.columnCollection(dto));
    }
    for (int i = rand.between(0, Math.min(2, later.size())); i > 0; i--) {
      dto.members.add(members.reference(dto, rand.pick(later)));
    }
    rand.shuffle(dto.members);
    if (rand.chance(0.2)) {
      dto.body.add("static final int FUZZ_CONSTANT = 1;");
    }
  }

  /** The member that maps the key column: named for it, or given it with @Column. */
  private Member key(Dto dto, String keyColumn) {
    if (rand.chance(0.7)) {
      Member key = new Member(keyColumn, dto.keyType);
      if (rand.chance(0.2)) {
        key.annotations.add(new Ann(Ann.COLUMN).set("value", keyColumn));
      }
      return key;
    }
    String column = rand.chance(0.5) ? keyColumn.toUpperCase(java.util.Locale.ROOT) : keyColumn;
    return new Member(MemberNames.fresh(dto, rand, Pools.FIELD_NAMES), dto.keyType,
        new Ann(Ann.COLUMN).set("value", column));
  }
}
