package dev.sheaf.processor.fuzz;

import dev.sheaf.processor.report.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * One misuse made in a valid graph, named for the message it must cause. Shape misuses go on the
 * root, which no other projection uses; the others on any projection.
 */
enum Mutation {
  PROJECTION_KIND {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto root = root(graph);
      boolean objectNames =
          root.members.stream().anyMatch(m -> Pools.OBJECT_METHOD_NAMES.contains(m.name));
      // An interface method named hashCode or toString would clash with Object's.
      // An enum cannot have the type parameters an earlier change may have given.
      boolean generic = !root.typeParameters.isEmpty();
      root.kind = objectNames ? Dto.Kind.ANNOTATION
          : generic ? rand.pick(Dto.Kind.INTERFACE, Dto.Kind.ANNOTATION)
          : rand.pick(Dto.Kind.INTERFACE, Dto.Kind.ENUM, Dto.Kind.ANNOTATION);
    }
  },
  PROJECTION_ABSTRACT {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      root(graph).kind = Dto.Kind.ABSTRACT_CLASS;
    }
  },
  PROJECTION_GENERIC {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto root = root(graph);
      if (root.kind == Dto.Kind.ENUM || root.kind == Dto.Kind.ANNOTATION) {
        root.kind = Dto.Kind.RECORD; // after PROJECTION_KIND: only these cannot be generic
      }
      root.typeParameters = rand.pick("<T>", "<T extends java.lang.Number>", "<K, V>");
      if (root.typeParameters.contains("T") && rand.chance(0.5)) {
        root.members.add(new Member(MemberNames.fresh(root, rand, Pools.FIELD_NAMES), "T"));
      }
    }
  },
  PROJECTION_INNER {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto root = root(graph);
      root.kind = Dto.Kind.CLASS;
      root.place = Dto.Place.INNER;
    }
  },
  PROJECTION_PRIVATE {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      root(graph).place = rand.pick(Dto.Place.PRIVATE_NESTED, Dto.Place.IN_PRIVATE_HOLDER);
    }
  },
  NO_CONSTRUCTOR {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      dto.kind = Dto.Kind.CLASS;
      dto.constructor = rand.pick(Dto.Constructor.PRIVATE, Dto.Constructor.NONE,
          Dto.Constructor.PARTIAL, Dto.Constructor.BOXED, Dto.Constructor.REVERSED);
      List<String> types = dto.members.stream().map(m -> m.type).toList();
      List<String> reversed = new ArrayList<>(types);
      java.util.Collections.reverse(reversed);
      boolean primitive = types.stream().anyMatch(t -> !t.contains(".") && !t.contains("[")
          && !t.equals("T") && Character.isLowerCase(t.charAt(0)));
      if (dto.constructor == Dto.Constructor.REVERSED && reversed.equals(types)
          || dto.constructor == Dto.Constructor.BOXED && !primitive) {
        dto.constructor = Dto.Constructor.PRIVATE; // the variant would still fit
      }
    }
  },
  NO_KEY_FIELD {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member key = keyMember(dto);
      if (key == null || rand.chance(0.5)) {
        dto.projection.set("key", "missing_key");
      } else {
        dto.members.remove(key);
      }
    }
  },
  KEY_TYPE {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member key = keyMember(dto);
      if (key == null) { // an earlier change removed it
        key = new Member(keyColumn(dto), "long");
        insert(dto, rand, key);
      }
      key.type = rand.pick(Pools.NOT_KEY_TYPES);
    }
  },
  DUPLICATE_COLUMN {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      String key = keyColumn(dto);
      String column = rand.chance(0.5) ? key.toUpperCase(java.util.Locale.ROOT) : key;
      insert(dto, rand, new Member(MemberNames.fresh(dto, rand, Pools.FIELD_NAMES),
          rand.pick(Pools.COLUMN_TYPES), new Ann(Ann.COLUMN).set("value", column)));
    }
  },
  AGGREGATE_AND_REFERENCE {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member = members.scalarAggregate(dto, rand.pick(Members.FUNCTIONS));
      member.annotations.add(rand.between(0, 1),
          new Ann(Ann.REFERENCE).set("foreignKey", rand.pick(Pools.SQL_NAMES)));
      insert(dto, rand, member);
    }
  },
  LAZY_PATH {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      String target = rand.pick(graph.projections()).typeName();
      String type = rand.pick("java.util.List<java.lang.String>", "java.util.Set<java.lang.Long>",
          "java.util.List", "java.util.Collection<" + target + ">", target,
          "java.util.Optional<" + target + ">", "java.util.List<" + target + ">");
      insert(dto, rand, new Member(MemberNames.fresh(dto, rand, Pools.FIELD_NAMES), type));
    }
  },
  UNSUPPORTED_TYPE {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      insert(dto, rand, members.column(dto, rand.pick(Pools.UNSUPPORTED_TYPES)));
    }
  },
  AGGREGATE_NEEDS_FUNCTION {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member = members.scalarAggregate(dto, "AUTO_COUNT");
      member.type = rand.pick("double", "java.lang.String", "java.math.BigDecimal",
          "java.time.LocalDate", "java.util.Optional<java.lang.Long>", "short",
          "java.util.OptionalLong", "java.lang.Double", "byte[]");
      insert(dto, rand, member);
    }
  },
  FUNCTION_TYPE {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      String[] misfit = rand.pick(
          new String[] {"COUNT", "java.lang.String"}, new String[] {"COUNT", "double"},
          new String[] {"COUNT_DISTINCT", "boolean"}, new String[] {"EXISTS", "int"},
          new String[] {"EXISTS", "java.lang.String"}, new String[] {"SUM", "java.lang.String"},
          new String[] {"SUM", "java.time.LocalDate"}, new String[] {"SUM", "boolean"},
          new String[] {"AVG", "double"}, new String[] {"AVG", "int"},
          new String[] {"AVG", "java.lang.String"}, new String[] {"MIN", "int"},
          new String[] {"MAX", "long"},
          new String[] {"MIN", "java.util.Map<java.lang.String, java.lang.String>"},
          new String[] {"MAX", "java.util.List<java.lang.String>"});
      Member member = members.scalarAggregate(dto, misfit[0]);
      member.type = misfit[1];
      insert(dto, rand, member);
    }
  },
  COLLECT_TYPE {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member = members.columnCollection(dto);
      member.annotation(Ann.AGGREGATE).function("COLLECT");
      member.type = rand.pick("long", "java.lang.String",
          "java.util.Map<java.lang.String, java.lang.Long>", "java.util.Optional<java.lang.String>",
          "java.lang.String[]", "int[]");
      insert(dto, rand, member);
    }
  },
  COLLECT_ELEMENT {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member = members.columnCollection(dto);
      String container = rand.pick(Pools.CONTAINERS);
      switch (rand.between(0, 2)) {
        case 0 -> {
          member.annotation(Ann.AGGREGATE).remove("column");
          member.type = container + "<" + rand.pick("java.lang.String", plain(graph).typeName()) + ">";
        }
        case 1 -> member.type = container + "<" + rand.pick(Pools.BAD_ELEMENT_TYPES) + ">";
        default -> member.type = container;
      }
      insert(dto, rand, member);
    }
  },
  MISSING_TABLE {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member = members.scalarAggregate(dto, rand.pick("COUNT", "AUTO_EXISTS", "SUM", "MAX"));
      member.annotation(Ann.AGGREGATE).remove("table");
      insert(dto, rand, member);
    }
  },
  MISSING_FOREIGN_KEY {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member = rand.chance(0.5)
          ? members.scalarAggregate(dto, rand.pick(Members.FUNCTIONS))
          : members.columnCollection(dto);
      if (rand.chance(0.5)) {
        member.annotation(Ann.AGGREGATE).remove("foreignKey");
      } else {
        member.annotation(Ann.AGGREGATE).set("foreignKey", "");
      }
      insert(dto, rand, member);
    }
  },
  MISSING_COLUMN {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member =
          members.scalarAggregate(dto, rand.pick("SUM", "AVG", "MIN", "MAX", "COUNT_DISTINCT"));
      member.annotation(Ann.AGGREGATE).remove("column");
      insert(dto, rand, member);
    }
  },
  THROUGH_PAIR {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member = rand.chance(0.5)
          ? members.scalarAggregate(dto, rand.pick(Members.FUNCTIONS))
          : members.columnCollection(dto);
      Ann aggregate = member.annotation(Ann.AGGREGATE).remove("through").remove("inverseForeignKey")
          .remove("targetKey");
      aggregate.set(rand.pick("through", "inverseForeignKey"), rand.pick(Pools.SQL_NAMES));
      insert(dto, rand, member);
    }
  },
  TARGET_KEY_WITHOUT_THROUGH {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member = members.columnCollection(dto);
      member.annotation(Ann.AGGREGATE).remove("through").remove("inverseForeignKey")
          .set("targetKey", rand.pick(Pools.SQL_NAMES));
      insert(dto, rand, member);
    }
  },
  NEGATIVE_LIMIT {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member = members.columnCollection(dto);
      member.annotation(Ann.AGGREGATE).raw("limit", JavaText.integer(rand.pick(Pools.NEGATIVE_LIMITS)));
      insert(dto, rand, member);
    }
  },
  LIMIT_ON_SCALAR {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member = members.scalarAggregate(dto, rand.pick(Members.FUNCTIONS));
      int limit = rand.chance(0.5)
          ? rand.pick(Pools.NEGATIVE_LIMITS) : rand.pick(1, 3, Integer.MAX_VALUE);
      member.annotation(Ann.AGGREGATE).raw("limit", JavaText.integer(limit));
      insert(dto, rand, member);
    }
  },
  ORDER_ON_SCALAR {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member = members.scalarAggregate(dto, rand.pick(Members.FUNCTIONS));
      member.annotation(Ann.AGGREGATE).set("orderBy", rand.pick(Pools.SQL_TEXTS));
      insert(dto, rand, member);
    }
  },
  REFERENCE_TYPE {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      String target = rand.pick(graph.projections()).typeName();
      String type = rand.pick("java.lang.String", "long", "java.util.List<" + target + ">",
          plain(graph).typeName(), "java.util.Optional<java.lang.String>", "java.util.Optional",
          "java.util.Optional<?>", target + "[]", "java.time.DayOfWeek");
      insert(dto, rand, new Member(MemberNames.fresh(dto, rand, Pools.FIELD_NAMES), type,
          new Ann(Ann.REFERENCE).set("foreignKey", rand.pick(Pools.SQL_NAMES))));
    }
  },
  MISSING_REFERENCE_KEY {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member = members.reference(dto, rand.pick(graph.projections()));
      if (rand.chance(0.5)) {
        member.annotation(Ann.REFERENCE).remove("foreignKey");
      } else {
        member.annotation(Ann.REFERENCE).set("foreignKey", "");
      }
      insert(dto, rand, member);
    }
  },
  PARAMETER_IN_SQL {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member = rand.chance(0.5)
          ? members.scalarAggregate(dto, rand.pick(Members.FUNCTIONS))
          : members.columnCollection(dto);
      // A where may name parameters, bound at call time; a positional one it cannot bind.
      if (rand.chance(0.5)) {
        member.annotation(Ann.AGGREGATE).set("where", rand.pick(Pools.SQL_WITH_POSITIONAL));
      } else {
        member.annotation(Ann.AGGREGATE).set("orderBy", rand.pick(Pools.SQL_WITH_PARAMETERS));
      }
      insert(dto, rand, member);
    }
  },
  RESERVED_PARAMETER {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      Member member = rand.chance(0.5)
          ? members.scalarAggregate(dto, rand.pick(Members.FUNCTIONS))
          : members.columnCollection(dto);
      member.annotation(Ann.AGGREGATE).set("where", rand.pick(Pools.SQL_WITH_RESERVED));
      insert(dto, rand, member);
    }
  },
  NOT_PUBLIC {
    /** A class of another package, loaded by the root, whose constructor is not public. */
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto root = root(graph);
      Dto foreign = graph.addInSubpackage(rand.pick(Pools.TYPE_NAMES));
      foreign.kind = Dto.Kind.CLASS;
      foreign.constructorAccess = rand.pick("", "protected ");
      foreign.projection = new Ann(Ann.PROJECTION).set("table", rand.pick(Pools.SQL_NAMES));
      foreign.members.add(new Member("id", rand.pick(Pools.KEY_TYPES)));
      insert(root, rand, rand.chance(0.5)
          ? members.reference(root, foreign) : members.collection(root, foreign));
    }
  },
  CYCLE {
    /**
     * To a projection that already leads to it, or to a new one that does: a cycle through two
     * projections (a projection that collects itself is a tree, which loads).
     */
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      List<Dto> back = new ArrayList<>();
      for (Dto other : graph.projections()) {
        boolean leadsToIt = other != dto && other.members.stream()
            .anyMatch(m -> !m.isColumn() && Graph.named(m.type).equals(dto.typeName()));
        if (leadsToIt) {
          back.add(other);
        }
      }
      if (back.isEmpty() || rand.chance(0.3)) {
        Dto other = graph.add(rand.pick(Pools.TYPE_NAMES));
        other.projection = new Ann(Ann.PROJECTION).set("table", rand.pick(Pools.SQL_NAMES));
        other.members.add(new Member("id", rand.pick(Pools.KEY_TYPES)));
        other.members.add(members.reference(other, dto));
        back.add(other);
      }
      Dto target = rand.pick(back);
      insert(dto, rand,
          rand.chance(0.5) ? members.reference(dto, target) : members.collection(dto, target));
    }
  },
  BAD_IDENTIFIER {
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      Dto dto = any(graph, rand);
      String bad = rand.pick(Pools.BAD_SQL_NAMES);
      switch (rand.between(0, 5)) {
        case 0 -> dto.projection.set("table", rand.chance(0.2) ? "" : bad);
        case 1 -> dto.projection.set("key", bad);
        case 2 -> insert(dto, rand, new Member(MemberNames.fresh(dto, rand, Pools.FIELD_NAMES),
            "java.lang.String", new Ann(Ann.COLUMN).set("value", rand.chance(0.2) ? "" : bad)));
        case 3 -> {
          Member member = members.scalarAggregate(dto, "COUNT");
          Ann aggregate = member.annotation(Ann.AGGREGATE);
          String attribute = rand.pick(
              "table", "foreignKey", "column", "through", "inverseForeignKey", "targetKey");
          if (List.of("through", "inverseForeignKey", "targetKey").contains(attribute)) {
            aggregate.set("through", "junction").set("inverseForeignKey", "other_id");
          }
          aggregate.set(attribute, bad);
          insert(dto, rand, member);
        }
        case 4 -> {
          Member member = members.columnCollection(dto);
          member.annotation(Ann.AGGREGATE).set(rand.pick("column", "table"), bad);
          insert(dto, rand, member);
        }
        default -> insert(dto, rand, new Member(MemberNames.fresh(dto, rand, Pools.FIELD_NAMES),
            rand.pick(graph.projections()).typeName(), new Ann(Ann.REFERENCE).set("foreignKey", bad)));
      }
    }
  },
  WRITE_FAILED {
    /** A class of the user's already has the repository's name. */
    @Override
    void apply(Graph graph, Rand rand, Members members) {
      String name = root(graph).repositoryName();
      if (graph.types.stream().anyMatch(type -> type.name.equals(name))) {
        return; // applied before
      }
      Dto taken = graph.addExact(name, root(graph).packageName);
      taken.kind = Dto.Kind.CLASS;
      taken.constructor = Dto.Constructor.NONE;
    }
  };

  abstract void apply(Graph graph, Rand rand, Members members);

  Message expected() {
    return Message.valueOf(name());
  }

  static Dto root(Graph graph) {
    return graph.projections().get(0);
  }

  static Dto any(Graph graph, Rand rand) {
    return rand.pick(graph.projections());
  }

  static void insert(Dto dto, Rand rand, Member member) {
    dto.members.add(rand.between(0, dto.members.size()), member);
  }

  static String keyColumn(Dto dto) {
    String key = dto.projection.stringValue("key");
    return key == null ? "id" : key;
  }

  /** The member mapping the key column (by @Column, else by its name); null for none. */
  static Member keyMember(Dto dto) {
    String key = keyColumn(dto);
    for (Member member : dto.members) {
      Ann column = member.annotation(Ann.COLUMN);
      String mapped = column != null ? column.stringValue("value") : member.name;
      if (member.isColumn() && key.equalsIgnoreCase(mapped)) {
        return member;
      }
    }
    return null;
  }

  /** A class of the case that is no projection, made on first use. */
  static Dto plain(Graph graph) {
    for (Dto dto : graph.types) {
      if (!dto.isProjection() && dto.kind == Dto.Kind.CLASS) {
        return dto;
      }
    }
    Dto plain = graph.add("Plain");
    plain.kind = Dto.Kind.CLASS;
    plain.constructor = Dto.Constructor.NONE;
    return plain;
  }
}
