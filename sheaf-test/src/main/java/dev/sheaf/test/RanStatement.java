package dev.sheaf.test;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A statement that ran during a check: its SQL as Jdbi rendered it, and the database's error when
 * it failed.
 */
record RanStatement(String sql, Optional<SQLException> failure) {}
