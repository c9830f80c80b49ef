package dev.sheaf.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowsTest {
  record Row(long parent, String value) {}

  private static final List<Row> ROWS = List.of(
      new Row(1, "a"), new Row(2, "b"), new Row(1, "c"), new Row(1, "d"), new Row(2, "e"),
      new Row(1, "a"));

  @Test
  void keysAreDistinctInFirstSeenOrderWithoutNulls() {
    assertEquals(List.of(3L, 1L, 2L), Rows.distinct(Arrays.asList(3L, 1L, null, 3L, 2L, 1L)));
    assertEquals(List.of(1L, 2L), Rows.keys(ROWS, Row::parent));
  }

  @Test
  void aListAsASetKeepsItsOrderAndCannotBeChanged() {
    Set<Long> set = Rows.asSet(List.of(3L, 1L, 2L));
    assertEquals(List.of(3L, 1L, 2L), List.copyOf(set));
    assertThrows(UnsupportedOperationException.class, () -> set.add(4L));
  }

  @Test
  void aUnionKeepsEachKeyOnceFirstListFirst() {
    assertEquals(List.of(3L, 1L, 2L, 7L), Rows.union(List.of(3L, 1L), List.of(2L, 3L, 7L)));
  }

  @Test
  void firstPerParentKeepsTheFirstRowsOfEachParentInOrder() {
    assertEquals(
        List.of(new Row(1, "a"), new Row(2, "b"), new Row(1, "c"), new Row(2, "e")),
        Rows.firstPerParent(ROWS, Row::parent, 2));
    assertEquals(ROWS, Rows.firstPerParent(ROWS, Row::parent, 0));
  }

  @Test
  void groupsKeepTheOrderReadAndCannotBeChanged() {
    Map<Long, List<String>> lists = Rows.toLists(ROWS, Row::parent, Row::value);
    assertEquals(Map.of(1L, List.of("a", "c", "d", "a"), 2L, List.of("b", "e")), lists);
    assertThrows(UnsupportedOperationException.class, () -> lists.get(1L).add("x"));

    Map<Long, Set<String>> sets = Rows.toSets(ROWS, Row::parent, Row::value);
    assertEquals(List.of("a", "c", "d"), List.copyOf(sets.get(1L)));
  }

  @Test
  void inKeyOrderFollowsTheGivenKeysAndSkipsUnknownOnes() {
    List<Row> rows = List.of(new Row(1, "one"), new Row(2, "two"), new Row(3, "three"));
    assertEquals(List.of(new Row(3, "three"), new Row(1, "one")),
        Rows.inKeyOrder(List.of(3L, 9L, 1L), rows, Row::parent));
  }

  @Test
  void anAverageIsWhatJavaComputesFromTheValuesLeavingOutNulls() {
    record Rating(Integer stars) {}
    List<Rating> ratings = List.of(new Rating(4), new Rating(null), new Rating(5), new Rating(4));
    assertEquals(13.0 / 3, Rows.average(ratings, Rating::stars));
    assertEquals(null, Rows.average(List.of(new Rating(null)), Rating::stars));
    assertEquals(java.util.OptionalDouble.empty(), Rows.optionalAverage(List.of(), Rating::stars));
    record Price(java.math.BigDecimal amount) {}
    assertEquals(25.003333333333334, Rows.average(List.of(new Price(new java.math.BigDecimal("25.01")),
        new Price(new java.math.BigDecimal("25")), new Price(new java.math.BigDecimal("25"))),
        Price::amount), 1e-12);
  }
}
