package dev.sheaf.processor.model;

import com.palantir.javapoet.TypeName;

/** A column of the projection's own table. */
public record ColumnField(String name, TypeName type, String column) implements Field {}
