package dev.sheaf.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building a tree statement's rows into nested values, and failing on a loop. */
class TreeTest {
  record Row(long parent, long id) {}

  record Node(long id, List<Node> children) {}

  private static Tree<Long, Row, Node> tree(List<Row> rows, int depth, int limit) {
    return new Tree<>(rows, Row::parent, Row::id, Row::id, depth, limit,
        (row, children) -> new Node(row.id(), children), IllegalStateException::new);
  }

  private static Node leaf(long id) {
    return new Node(id, List.of());
  }

  /** 1 has 2 and 3; 2 has 4; 4 has 5. */
  private static final List<Row> ROWS = List.of(
      new Row(1, 2), new Row(1, 3), new Row(2, 4), new Row(4, 5));

  @Test
  void eachParentGetsItsWholeSubtreeInTheOrderRead() {
    Tree<Long, Row, Node> tree = tree(ROWS, 0, 0);

    assertEquals(List.of(new Node(2, List.of(new Node(4, List.of(leaf(5))))), leaf(3)),
        tree.under(1L));
    assertEquals(List.of(new Node(4, List.of(leaf(5)))), tree.under(2L));
    assertEquals(List.of(), tree.under(5L));
    assertEquals(List.of(), tree.under(99L));
  }

  @Test
  void aRowIsBuiltOnceAndSharedWhereverItAppears() {
    Tree<Long, Row, Node> tree = tree(ROWS, 0, 0);

    assertSame(tree.under(1L).get(0).children().get(0), tree.under(2L).get(0));
  }

  @Test
  void aDeclaredDepthStopsThatManyLevelsBelowEachParent() {
    Tree<Long, Row, Node> tree = tree(ROWS, 2, 0);

    assertEquals(List.of(new Node(2, List.of(leaf(4))), leaf(3)), tree.under(1L));
    assertEquals(List.of(new Node(4, List.of(leaf(5)))), tree.under(2L));
    assertEquals(List.of(leaf(2), leaf(3)), tree(ROWS, 1, 0).under(1L));
  }

  @Test
  void aLimitKeepsTheFirstChildrenOfEachRowAndDropsWhatIsUnderTheRest() {
    List<Row> rows = List.of(new Row(1, 2), new Row(1, 3), new Row(3, 6), new Row(2, 4),
        new Row(2, 5));

    assertEquals(List.of(new Node(2, List.of(leaf(4)))), tree(rows, 0, 1).under(1L));
  }

  @Test
  void aRowReadTwiceCountsOnce() {
    List<Row> twice = new ArrayList<>(ROWS);
    twice.addAll(ROWS);

    assertEquals(tree(ROWS, 0, 0).under(1L), tree(twice, 0, 0).under(1L));
  }

  @Test
  void aRowThatIsItsOwnAncestorFailsNamingTheWayBack() {
    // 1 -> 2 -> 3 -> 1, read from the key set {1}.
    List<Row> loop = List.of(new Row(1, 2), new Row(2, 3), new Row(3, 1));

    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> tree(loop, 0, 0).under(1L));
    assertEquals("found a loop in the data: the row whose key is 1 is its own ancestor"
        + " (1 -> 2 -> 3 -> 1); a tree cannot hold it", failure.getMessage());
  }

  @Test
  void aRowThatIsItsOwnParentFails() {
    List<Row> self = List.of(new Row(7, 7));

    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> tree(self, 0, 0).under(7L));
    assertTrue(failure.getMessage().contains("(7 -> 7)"), failure.getMessage());
  }

  @Test
  void aLoopWithinADeclaredDepthFailsToo() {
    List<Row> loop = List.of(new Row(1, 2), new Row(2, 1));

    assertThrows(IllegalStateException.class, () -> tree(loop, 2, 0).under(1L));
    assertEquals(List.of(leaf(2)), tree(loop, 1, 0).under(1L));
  }

  @Test
  void aChainTenThousandDeepBuildsWithoutOverflowingTheStack() {
    List<Row> chain = new ArrayList<>();
    for (long id = 1; id < 10_000; id++) {
      chain.add(new Row(id, id + 1));
    }
    Node node = tree(chain, 0, 0).under(1L).get(0);
    int depth = 1;
    while (!node.children().isEmpty()) {
      node = node.children().get(0);
      depth++;
    }
    assertEquals(9_999, depth);
  }

  @Test
  void aLongLoopIsShownCut() {
    List<Row> loop = new ArrayList<>();
    for (long id = 1; id <= 30; id++) {
      loop.add(new Row(id, id % 30 + 1));
    }
    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> tree(loop, 0, 0).under(1L));
    assertTrue(failure.getMessage().contains("1 -> 2 -> 3 -> 4 -> 5 -> 6 -> 7 -> 8 -> 9 -> 10"
        + " -> ... 11 more -> 22 -> "), failure.getMessage());
  }

  // ---------------------------------------------------------------- chains

  /** A row and the key of the one it references, or null. */
  record Up(long id, Long up) {}

  record Boss(long id, Boss boss) {}

  private static Tree<Long, Up, Boss> chain(List<Up> rows, int depth) {
    return new Tree<>(rows, Up::id, Up::id, Up::up, depth, 0,
        (row, above) -> new Boss(row.id(), above.isEmpty() ? null : above.get(0)),
        IllegalStateException::new);
  }

  /** 4 references 3, who references 2, who references 1, who references none. */
  private static final List<Up> CHAIN =
      List.of(new Up(3, 2L), new Up(2, 1L), new Up(1, null), new Up(9, 1L));

  @Test
  void aChainBuildsEachReferenceUpToTheTop() {
    Tree<Long, Up, Boss> chain = chain(CHAIN, 0);

    Boss one = new Boss(1, null);
    assertEquals(new Boss(3, new Boss(2, one)), chain.referenced(4L, 3L));
    assertSame(chain.referenced(4L, 3L).boss().boss(), chain.referenced(10L, 9L).boss());
    assertEquals(null, chain.referenced(5L, null));
    assertEquals(null, chain.referenced(5L, 77L));
  }

  @Test
  void aChainAtADeclaredDepthStopsThere() {
    assertEquals(new Boss(3, null), chain(CHAIN, 1).referenced(4L, 3L));
    assertEquals(new Boss(3, new Boss(2, null)), chain(CHAIN, 2).referenced(4L, 3L));
  }

  @Test
  void aChainThatComesBackToItsRowFails() {
    // 4 references 5, who references 6, who references 4.
    List<Up> loop = List.of(new Up(5, 6L), new Up(6, 4L), new Up(4, 5L));

    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> chain(loop, 0).referenced(4L, 5L));
    assertTrue(failure.getMessage().contains("the row whose key is 4 is its own ancestor"
        + " (4 -> 5 -> 6 -> 4)"), failure.getMessage());
  }
}
