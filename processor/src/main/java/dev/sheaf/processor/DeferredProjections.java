package dev.sheaf.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The projections put off to a later round because they reach a type javac cannot resolve yet.
 * Kept by name, as AutoValue and MapStruct keep theirs: an element from one round must not be
 * used in the next, so each round fetches the type afresh.
 */
final class DeferredProjections {
  private final Set<String> names = new LinkedHashSet<>();

  void defer(TypeElement dto) {
    names.add(dto.getQualifiedName().toString());
  }

  /** The projections deferred so far, as this round's elements; none stays deferred. */
  List<TypeElement> takeAll(Elements elements) {
    List<TypeElement> types = new ArrayList<>();
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    names.clear();
    return types;
  }
}
