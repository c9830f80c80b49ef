package dev.sheaf.examples.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Asserts that two loaded DTO trees hold the same values, and names the first one that differs
 * by its path ({@code [3].latestBooks[1].averageStars}).
 *
 * <p>Every value must be equal, except averages: a database computes AVG in its own arithmetic,
 * which Java cannot reproduce bit for bit, so doubles are compared within {@link #RELATIVE} of
 * each other, and so are the decimals of the components named as averages. A database that
 * rounds an average to a few places (MariaDB's four) is far outside that.
 */
public final class SameValues {
  /** How far apart, relative to their size, two averages may be. */
  public static final double RELATIVE = 1e-9;

  private static final SameValues EXACT_DECIMALS = new SameValues(Set.of());

  private final Set<String> decimalAverages;

  private SameValues(Set<String> decimalAverages) {
    this.decimalAverages = decimalAverages;
  }

  /** Doubles within {@link #RELATIVE}, every {@code BigDecimal} exactly. */
  public static SameValues exactDecimals() {
    return EXACT_DECIMALS;
  }

  /** As {@link #exactDecimals()}, but the decimals of these components (AVGs) approximately. */
  public static SameValues withDecimalAverages(String... components) {
    return new SameValues(Set.of(components));
  }

  /** Whether two doubles are within {@link #RELATIVE} of each other (equal when either is 0). */
  public static boolean close(double expected, double actual) {
    return expected == actual
        || Math.abs(expected - actual) <= RELATIVE * Math.max(Math.abs(expected), Math.abs(actual));
  }

  public void assertSame(Object expected, Object actual, String what) {
    compare(expected, actual, what, false);
  }

  private void compare(Object expected, Object actual, String path, boolean average) {
    if (expected == null || actual == null) {
      assertEquals(expected, actual, path);
    } else if (expected instanceof Double e && actual instanceof Double a) {
      assertClose(e, a, path);
    } else if (expected instanceof BigDecimal e && actual instanceof BigDecimal a && average) {
      assertClose(e.doubleValue(), a.doubleValue(), path);
    } else if (expected instanceof OptionalDouble e && actual instanceof OptionalDouble a) {
      assertEquals(e.isPresent(), a.isPresent(), path + " present: " + e + " against " + a);
      if (e.isPresent()) {
        assertClose(e.getAsDouble(), a.getAsDouble(), path);
      }
    } else if (expected instanceof Optional<?> e && actual instanceof Optional<?> a) {
      assertEquals(e.isPresent(), a.isPresent(), path + " present: " + e + " against " + a);
      if (e.isPresent()) {
        compare(e.get(), a.get(), path + ".get()", average);
      }
    } else if (expected instanceof List<?> e && actual instanceof List<?> a) {
      for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
        compare(e.get(i), a.get(i), path + "[" + i + "]", false);
      }
      assertEquals(e.size(), a.size(), path + " size");
    } else if (isDto(expected.getClass())) {
      compareFields(expected, actual, path);
    } else {
      // Sets compare without order; strings, numbers, dates and enums as themselves.
      assertEquals(expected, actual, path);
    }
  }

  /** A DTO: record components, or a class's fields, one by one. */
  private void compareFields(Object expected, Object actual, String path) {
    if (expected.getClass() != actual.getClass()) {
      fail(path + ": a " + expected.getClass().getName() + " against a "
          + actual.getClass().getName());
    }
    if (expected instanceof Record) {
      for (RecordComponent component : expected.getClass().getRecordComponents()) {
        compare(read(component, expected), read(component, actual),
            path + "." + component.getName(), decimalAverages.contains(component.getName()));
      }
      return;
    }
    for (Field field : expected.getClass().getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        compare(read(field, expected), read(field, actual), path + "." + field.getName(),
            decimalAverages.contains(field.getName()));
      }
    }
  }

  private static void assertClose(double expected, double actual, String path) {
    if (!close(expected, actual)) {
      fail(path + ": expected " + expected + " but was " + actual + " (more than " + RELATIVE
          + " apart, relatively)");
    }
  }

  /** A class of the tests' own: a DTO, compared component by component or field by field. */
  private static boolean isDto(Class<?> type) {
    return type.getPackageName().startsWith("dev.sheaf.examples");
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      // The DTO may be a nested type of a test's package-private class.
      var accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  private static Object read(Field field, Object dto) {
    try {
      field.setAccessible(true);
      return field.get(dto);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }
}
