package dev.sheaf.benchmarks.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaders one benchmark compares: their labels (its {@code loader} parameter's values) in the
 * order its report lists them, each with what the report calls it.
 */
public final class LoaderNames {
  private final Map<String, String> descriptions;
  private final List<String> order;

  private LoaderNames(Map<String, String> descriptions) {
    this.descriptions = Map.copyOf(descriptions);
    this.order = List.copyOf(descriptions.keySet());
  }

  /** Labels and descriptions, in report order: label, description, label, description... */
  public static LoaderNames of(Map<String, String> inOrder) {
    return new LoaderNames(new LinkedHashMap<>(inOrder));
  }

  /** Where {@code label} comes in the report. */
  public int order(String label) {
    int index = order.indexOf(label);
    if (index < 0) {
      throw new IllegalArgumentException("no loader " + label);
    }
    return index;
  }

  /** What the report calls the loader {@code label}. */
  public String description(String label) {
    order(label);
    return descriptions.get(label);
  }
}
