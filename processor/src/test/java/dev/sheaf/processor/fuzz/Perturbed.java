package dev.sheaf.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A valid graph with one to three random changes: misuses combined (their messages may meet or
 * hide each other), and changes Sheaf ignores or accepts, so that some of these cases compile.
 */
final class Perturbed {
  /**
   * Misuses that can follow one another and still leave valid Java. PROJECTION_PRIVATE is left
   * out (a later change may name the private type from outside), and PROJECTION_INNER, which
   * renames the root, comes first or not at all.
   */
  private static final List<Mutation> COMBINABLE = List.of(Mutation.values()).stream()
      .filter(m -> m != Mutation.PROJECTION_PRIVATE && m != Mutation.PROJECTION_INNER)
      .toList();

  private Perturbed() {}

  static void build(Graph graph, Rand rand) {
    Members members = ValidGraph.build(graph, rand);
    graph.caller = true;
    int changes = rand.between(1, 3);
    if (rand.chance(0.1)) {
      Mutation.PROJECTION_INNER.apply(graph, rand, members);
      changes--;
    }
    for (int i = 0; i < changes; i++) {
      if (rand.chance(0.5)) {
        rand.pick(COMBINABLE).apply(graph, rand, members);
      } else {
        change(graph, rand);
      }
    }
    // A change may have given the key another type: the caller loads with findAll only.
    graph.projections().forEach(dto -> dto.keyType = null);
  }

  /** One change Sheaf may well accept. */
  private static void change(Graph graph, Rand rand) {
    Dto dto = rand.pick(graph.projections());
    Member member = rand.pick(dto.members);
    Ann aggregate = member.annotation(Ann.AGGREGATE);
    switch (rand.between(0, 4)) {
      case 0 -> {
        if (!member.isColumn() && member.annotation(Ann.COLUMN) == null) {
          member.annotations.add(new Ann(Ann.COLUMN).set("value", MemberNames.freshColumn(dto, rand)));
        }
      }
      case 1 -> {
        if (aggregate != null) {
          aggregate.set(rand.pick("where", "orderBy"), rand.pick(Pools.SQL_TEXTS));
        }
      }
      case 2 -> member.type = rand.pick(anyType(graph, rand));
      case 3 -> dto.constructorAccess = rand.pick("", "protected "); // for a class
      default -> dto.projection.set("orderBy", rand.pick(Pools.SQL_TEXTS));
    }
  }

  private static List<String> anyType(Graph graph, Rand rand) {
    List<String> types = new ArrayList<>(Pools.COLUMN_TYPES);
    types.addAll(Pools.UNSUPPORTED_TYPES);
    types.addAll(Pools.NOT_KEY_TYPES);
    for (Dto projection : graph.projections()) {
      types.add(projection.typeName());
      types.add(rand.pick(Pools.CONTAINERS) + "<" + projection.typeName() + ">");
    }
    return types;
  }
}
