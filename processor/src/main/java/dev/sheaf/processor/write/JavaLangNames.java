package dev.sheaf.processor.write;

import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.plan.Level;
import dev.sheaf.processor.plan.ProjectionLevel;
import dev.sheaf.processor.plan.RepositoryPlan;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The java.lang types a repository names without an import: String, Object where it binds
 * parameters, and those in the fields it reads (boxed keys and columns, type arguments too). A type of the DTO's package with one of
 * these names would hide it.
 */
final class JavaLangNames {
  private static final Pattern JAVA_LANG = Pattern.compile("\\bjava\\.lang\\.([A-Za-z_$][\\w$]*)");

  private JavaLangNames() {}

  static Set<String> of(RepositoryPlan plan) {
    Set<String> names = new TreeSet<>(Set.of("String"));
    if (plan.takesParameters()) {
      names.add("Object"); // bind(String, Object)
    }
    collect(plan.root(), names);
    return names;
  }

  private static void collect(Level level, Set<String> names) {
    if (level instanceof ProjectionLevel projection) {
      for (Field field : projection.projection().fields()) {
        Matcher matcher = JAVA_LANG.matcher(field.type().box().toString());
        while (matcher.find()) {
          names.add(matcher.group(1));
        }
      }
    }
    level.children().forEach(child -> collect(child, names));
  }
}
