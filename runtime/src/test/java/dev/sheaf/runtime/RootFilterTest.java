package dev.sheaf.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RootFilterTest {
  private static final String SELECT = "SELECT author.id\nFROM author";

  @Test
  void allRowsAreOrderedByTheDefaultThenTheKey() {
    assertEquals(SELECT + "\nORDER BY name, author.id",
        RootFilter.all().sql(SELECT, "name", "author.id"));
    assertEquals(SELECT + "\nORDER BY author.id", RootFilter.all().sql(SELECT, "", "author.id"));
  }

  @Test
  void aFilterAddsItsConditionOrderLimitAndOffset() {
    RootFilter filter = new RootFilter("country = :c", Map.of("c", "NZ"), "name DESC", 20L, 40);
    assertEquals(SELECT + "\nWHERE country = :c\nORDER BY name DESC, author.id"
            + "\nLIMIT :sheaf_limit OFFSET :sheaf_offset",
        filter.sql(SELECT, "name", "author.id"));
  }
}
