package dev.sheaf.processor.fuzz;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fresh member names and column names for a DTO. Two names count as taken when they agree
 * ignoring case and underscores: lower_snake_case only adds underscores and lowers letters, so
 * names that differ that way can never map the same column.
 */
final class MemberNames {
  private MemberNames() {}

  /** A name from {@code pool} no member or column of {@code dto} takes: a digit added if need be. */
  static String fresh(Dto dto, Rand rand, List<String> pool) {
    String base = rand.pick(pool);
    boolean methods = dto.kind == Dto.Kind.RECORD || dto.kind == Dto.Kind.INTERFACE;
    if (methods && Pools.OBJECT_METHOD_NAMES.contains(base)) {
      base = base + "Of"; // an accessor may not be named like one of Object's methods
    }
    return unused(taken(dto), base, "");
  }

  /** A column name from {@link Pools#SQL_NAMES} that no member of {@code dto} maps yet. */
  static String freshColumn(Dto dto, Rand rand) {
    return unused(taken(dto), rand.pick(Pools.SQL_NAMES), "_");
  }

  private static String unused(Set<String> taken, String base, String separator) {
    if (!taken.contains(normal(base))) {
      return base;
    }
    for (int i = 2; ; i++) {
      if (!taken.contains(normal(base + separator + i))) {
        return base + separator + i;
      }
    }
  }

  static String normal(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  private static Set<String> taken(Dto dto) {
    Set<String> taken = new HashSet<>();
    for (Member member : dto.members) {
      taken.add(normal(member.name));
      Ann column = member.annotation(Ann.COLUMN);
      if (column != null && column.stringValue("value") != null) {
        taken.add(normal(column.stringValue("value")));
      }
    }
    if (dto.projection != null && dto.projection.stringValue("key") != null) {
      taken.add(normal(dto.projection.stringValue("key")));
    }
    taken.add("id");
    return taken;
  }
}
