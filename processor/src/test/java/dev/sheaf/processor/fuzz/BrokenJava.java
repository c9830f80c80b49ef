package dev.sheaf.processor.fuzz;

/**
 * Breaks a valid graph so that javac itself rejects the source: unknown types, missing required
 * attributes, attributes of the wrong type, annotations where they do not apply. javac then runs
 * the processor on a half-built program, full of error types; it must still never throw.
 */
final class BrokenJava {
  private BrokenJava() {}

  static void apply(Graph graph, Rand rand) {
    Dto dto = rand.pick(graph.projections());
    Member first = dto.members.get(0);
    switch (rand.between(0, 9)) {
      case 0 -> first.type = "MissingType";
      case 1 -> Mutation.insert(dto, rand, new Member(MemberNames.fresh(dto, rand, Pools.FIELD_NAMES),
          rand.pick("java.util.List<MissingType>", "java.util.Optional<MissingType>", "MissingType[]"),
          rand.pick(new Ann(Ann.AGGREGATE).set("foreignKey", "fk").set("column", "c").set("table", "t"),
              new Ann(Ann.REFERENCE).set("foreignKey", "fk"))));
      case 2 -> Mutation.insert(dto, rand, new Member(MemberNames.fresh(dto, rand, Pools.FIELD_NAMES),
          "MissingType", new Ann(Ann.REFERENCE).set("foreignKey", "fk")));
      case 3 -> dto.projection.remove("table");
      case 4 -> Mutation.insert(dto, rand, new Member(MemberNames.fresh(dto, rand, Pools.FIELD_NAMES),
          "java.util.List<java.lang.String>", new Ann(Ann.AGGREGATE).set("foreignKey", "fk")
          .set("table", "t").set("column", "c").set("limit", "3")));
      case 5 -> dto.body.add(
          "@dev.sheaf.Aggregate(foreignKey = \"fk\") public long extra() { return 0; }");
      case 6 -> first.annotations.add(new Ann(Ann.COLUMN).set("value", "c").raw("nope", "1"));
      case 7 -> Mutation.insert(dto, rand, new Member(MemberNames.fresh(dto, rand, Pools.FIELD_NAMES),
          "long", new Ann(Ann.AGGREGATE).function("MEDIAN").set("foreignKey", "fk").set("table", "t")));
      case 8 -> first.annotations.add(new Ann(Ann.REFERENCE));
      default -> first.type = rand.pick("List<String>", "Optional<Long>", "LocalDate");
    }
  }
}
