/**
 * Reading: a {@code @Projection} type's fields as its constructor takes them, their annotations
 * and Java types, with the element each was written on. Nothing here judges or reports;
 * {@code validate/} does.
 */
package dev.sheaf.processor.read;
