package dev.sheaf.runtime.internal;

import dev.sheaf.runtime.LoadException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The call-time parameters of a repository: the names its annotation SQL declares
 * ({@code where = "rented_at >= :since"}) and the values bound to them so far. Immutable; a
 * value may be null.
 */
final class Parameters {
  static final Parameters NONE = new Parameters("", Set.of(), Map.of());

  private final String repository;
  private final Set<String> declared;
  private final Map<String, Object> bound;

  private Parameters(String repository, Set<String> declared, Map<String, Object> bound) {
    this.repository = repository;
    this.declared = declared;
    this.bound = bound;
  }

  static Parameters declared(String repository, Set<String> names) {
    return new Parameters(repository, Set.copyOf(names), Map.of());
  }

  boolean declares(String name) {
    return declared.contains(name);
  }

  Parameters bind(String name, Object value) {
    if (!declared.contains(name)) {
      throw new IllegalArgumentException(repository + ": no annotation names the parameter :"
          + name + "; " + declaredText() + ". A query's own condition takes its parameters"
          + " from query().bind(...)");
    }
    Map<String, Object> more = new LinkedHashMap<>(bound);
    more.put(name, value);
    return new Parameters(repository, declared, Collections.unmodifiableMap(more));
  }

  /**
   * What the statements of load {@code load} bind: the values bound here and {@code more},
   * which wins.
   *
   * @throws LoadException when a declared parameter has no value
   */
  Map<String, Object> forLoad(String load, Map<String, Object> more) {
    Map<String, Object> all = bound;
    if (!more.isEmpty()) {
      all = new LinkedHashMap<>(bound);
      all.putAll(more);
    }
    for (String name : new TreeSet<>(declared)) {
      if (!all.containsKey(name)) {
        throw new LoadException(load, "the parameter :" + name + " is not bound, and the"
            + " repository's annotations name it; bind it first, with bind(\"" + name
            + "\", value) on the repository or on its query");
      }
    }
    return all;
  }

  private String declaredText() {
    if (declared.isEmpty()) {
      return "they name none";
    }
    StringBuilder names = new StringBuilder();
    for (String name : new TreeSet<>(declared)) {
      names.append(names.length() == 0 ? ":" : ", :").append(name);
    }
    return "they name " + names;
  }
}
