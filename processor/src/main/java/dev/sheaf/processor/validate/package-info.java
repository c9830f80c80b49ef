/**
 * Judging: each {@code @Projection} type, as {@code read/} gives it, is checked (its shape, names,
 * SQL fragments, schema) and its defaults resolved into a {@code model/} value. Each type's
 * diagnostics are collected in its {@link dev.sheaf.processor.report.ValidationReport} and
 * printed once.
 */
package dev.sheaf.processor.validate;
