package dev.sheaf.processor.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The types of one case: in its package and a subpackage, or in the default package, prefixed. */
final class Graph {
  final String packageName;
  /** Starts every top-level name in the default package, where cases share one namespace. */
  final String prefix;
  final List<Dto> types = new ArrayList<>();
  /** Whether to add a class calling every repository's public API. */
  boolean caller;
  private final Set<String> typeNames = new HashSet<>();

  Graph(String packageName, String prefix) {
    this.packageName = packageName;
    this.prefix = prefix;
  }

  /** A new type named {@code base}, made unique in the case (holders included). */
  Dto add(String base) {
    return add(base, packageName);
  }

  /** A new type in the case's subpackage {@code sub} (C0042sub for the default package). */
  Dto addInSubpackage(String base) {
    return add(base, packageName.isEmpty() ? prefix + "sub" : packageName + ".sub");
  }

  Dto add(String base, String inPackage) {
    String name = prefix + base;
    for (int i = 2; !isFree(name); i++) {
      name = prefix + base + i;
    }
    return addExact(name, inPackage);
  }

  /** A type with exactly this name, even one the pools keep clear of. */
  Dto addExact(String name, String inPackage) {
    typeNames.add(name.toLowerCase(Locale.ROOT));
    Dto dto = new Dto(name, inPackage);
    types.add(dto);
    return dto;
  }

  /** Whether types of the case live in more than one package. */
  boolean hasSubpackage() {
    return types.stream().anyMatch(type -> !type.packageName.equals(packageName));
  }

  /**
   * Unique ignoring case, and clear of the names derived from types' names (holders, outers,
   * repositories, the caller), which the pools never end a name with.
   */
  private boolean isFree(String name) {
    return !typeNames.contains(name.toLowerCase(Locale.ROOT))
        && !name.matches(".*(Holder|Outer|Repository|SheafFuzzCaller)");
  }

  List<Dto> projections() {
    return types.stream().filter(Dto::isProjection).toList();
  }

  String qualified(String simpleName) {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  /** Whether any member names {@code dto}, or a type nested in it. */
  boolean isUsed(Dto dto) {
    String name = dto.typeName();
    return types.stream().flatMap(t -> t.members.stream())
        .map(m -> named(m.type))
        .anyMatch(used -> used.equals(name) || used.startsWith(name + "."));
  }

  /** Whether a type declared outside {@code dto} names it, or a type nested in it. */
  boolean isUsedOutside(Dto dto) {
    String name = dto.typeName();
    return types.stream().filter(t -> !isInside(t, dto))
        .flatMap(t -> t.members.stream())
        .map(m -> named(m.type))
        .anyMatch(used -> used.equals(name) || used.startsWith(name + "."));
  }

  private static boolean isInside(Dto type, Dto outer) {
    for (Dto enclosing = type; enclosing != null; enclosing = enclosing.enclosing) {
      if (enclosing == outer) {
        return true;
      }
    }
    return false;
  }

  /**
   * The type a member's type is about: {@code X} for {@code X}, {@code X[]}, {@code List<X>},
   * {@code Map<Long, X>} or {@code List<? extends List<X>>}.
   */
  static String named(String type) {
    String plain = type.replace("[]", "").replaceFirst("^\\? (extends|super) ", "");
    int open = plain.indexOf('<');
    if (open < 0) {
      return plain;
    }
    String arguments = plain.substring(open + 1, plain.lastIndexOf('>'));
    int depth = 0;
    int last = 0;
    for (int i = 0; i < arguments.length(); i++) {
      char c = arguments.charAt(i);
      depth += c == '<' ? 1 : c == '>' ? -1 : 0;
      if (c == ',' && depth == 0) {
        last = i + 1;
      }
    }
    return named(arguments.substring(last).strip());
  }
}
