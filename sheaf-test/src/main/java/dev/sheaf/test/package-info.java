/**
 * Test helpers for code that runs SQL through Jdbi, Sheaf's or not: {@link
 * dev.sheaf.test.StatementAssertions#assertStatements assertStatements} checks how many statements
 * a piece of code ran, and lists them when the number is wrong.
 */
package dev.sheaf.test;
