package dev.sheaf.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RootFilterTest {
  private static final String SELECT = "SELECT author.id\nFROM author";

  @Test
  void allRowsAreOrderedByTheDefaultThenTheKey() {
    assertEquals(SELECT + "\nORDER BY name, author.id",
        RootFilter.all().sql(Dialect.H2, SELECT, "name", "author.id"));
    assertEquals(SELECT + "\nORDER BY author.id", RootFilter.all().sql(Dialect.H2, SELECT, "", "author.id"));
  }

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
  void aFilterAddsItsConditionOrderLimitAndOffset() {
    RootFilter filter = new RootFilter("country = :c", Map.of("c", "NZ"), "name DESC", 20L, 40, false, null);
    assertEquals(SELECT + "\nWHERE country = :c\nORDER BY name DESC, author.id"
            + "\nLIMIT :sheaf_limit OFFSET :sheaf_offset",
        filter.sql(Dialect.H2, SELECT, "name", "author.id"));
  }

  @Test
  void onMysqlTheGeneratedPartsAreRenderedAndTheCallersAreNot() {
    RootFilter filter = new RootFilter("name = \"Ann\"", Map.of(), "\"group\" DESC", null, 0, false, null);
    assertEquals("SELECT `order`.id\nFROM `order`\nWHERE name = \"Ann\""
            + "\nORDER BY \"group\" DESC, `order`.id",
        filter.sql(Dialect.MYSQL, "SELECT \"order\".id\nFROM \"order\"", "", "\"order\".id"));
  }

  @Test
  void aChunkIsInKeyOrderAfterTheLastKeyOfTheChunkBefore() {
    RootFilter filter = new RootFilter("country = :c", Map.of("c", "NZ"), null, null, 0, false, null);
    assertEquals(SELECT + "\nWHERE country = :c\nORDER BY author.id"
            + "\nLIMIT :sheaf_limit OFFSET :sheaf_offset",
        filter.chunk(null, 0, 500).sql(Dialect.H2, SELECT, "name", "author.id"));
    assertEquals(SELECT + "\nWHERE (country = :c)\n  AND author.id > :sheaf_after"
            + "\nORDER BY author.id\nLIMIT :sheaf_limit OFFSET :sheaf_offset",
        filter.chunk(41L, 0, 500).sql(Dialect.H2, SELECT, "name", "author.id"));
    assertEquals(SELECT + "\nWHERE author.id > :sheaf_after\nORDER BY author.id"
            + "\nLIMIT :sheaf_limit OFFSET :sheaf_offset",
        RootFilter.all().chunk(41L, 0, 500).sql(Dialect.H2, SELECT, "name", "author.id"));
  }

  @Test
  void aParameterMayBeNull() {
    RootFilter filter = RootFilter.all().withParameter("c", null);
    assertEquals(java.util.Collections.singletonMap("c", null), filter.parameters());
  }
}
