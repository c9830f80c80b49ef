package dev.sheaf.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RootFilterTest {
  @Test
  void onlyAFilterWithNoConditionLimitOffsetOrChunkReadsEveryRow() {
    assertTrue(RootFilter.all().everyRow());
    assertTrue(RootFilter.all().withOrderBy("name DESC").withWhere(" ").everyRow(),
        "an order and a blank condition leave out no row");
    assertFalse(RootFilter.all().withWhere("country = 'NZ'").everyRow());
    assertFalse(RootFilter.all().withLimit(10L).everyRow());
    assertFalse(RootFilter.all().withOffset(1).everyRow());
    assertFalse(RootFilter.all().chunk(null, 0, 500).everyRow(), "a chunk is part of the rows");
  }

  @Test
  void aParameterMayBeNull() {
    RootFilter filter = RootFilter.all().withParameter("c", null);
    assertEquals(java.util.Collections.singletonMap("c", null), filter.parameters());
  }
}
