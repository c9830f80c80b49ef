package dev.sheaf.processor.plan;

import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.CollectionField.ProjectionElement;
import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.ReferenceField;
import dev.sheaf.runtime.internal.SqlParameters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The call-time parameters a repository's loads need: every {@code :name} in the {@code where}
 * of an aggregate or collection anywhere in the projection's tree, and every collection's
 * {@code limitParameter}, with the fields that use it.
 */
final class CallParameters {
  private CallParameters() {}

  /** Each parameter's name, in name order, with the labels of the fields whose SQL names it. */
  static Map<String, List<String>> of(ProjectionModel root) {
    Map<String, List<String>> uses = new TreeMap<>();
    collect(root, uses, new HashSet<>());
    uses.replaceAll((name, labels) -> List.copyOf(labels));
    return Collections.unmodifiableMap(uses);
  }

  private static void collect(
      ProjectionModel projection, Map<String, List<String>> uses, Set<ProjectionModel> seen) {
    // A chain's target is the projection that holds it (null in the model), walked already.
    if (projection == null || !seen.add(projection)) {
      return;
    }
    for (Field field : projection.fields()) {
      String label = projection.simpleName() + "." + field.name();
      if (field instanceof AggregateField aggregate) {
        add(aggregate.where(), label, uses);
      } else if (field instanceof CollectionField collection) {
        add(collection.where(), label, uses);
        if (!collection.limitParameter().isEmpty()) {
          add(":" + collection.limitParameter(), label, uses);
        }
        if (collection.element() instanceof ProjectionElement element) {
          collect(element.projection(), uses, seen);
        }
      } else if (field instanceof ReferenceField reference) {
        collect(reference.target(), uses, seen);
      }
    }
  }

  private static void add(String sql, String label, Map<String, List<String>> uses) {
    for (String name : SqlParameters.in(sql)) {
      List<String> labels = uses.computeIfAbsent(name, n -> new ArrayList<>());
      if (!labels.contains(label)) {
        labels.add(label);
      }
    }
  }
}
