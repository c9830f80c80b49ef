/**
 * Sheaf's runtime API: {@link dev.sheaf.runtime.RootQuery} and its
 * {@link dev.sheaf.runtime.ResultPage}, which every generated repository's {@code query()}
 * returns; {@link dev.sheaf.runtime.SheafConfig}, the Jdbi configuration that sets the
 * {@link dev.sheaf.runtime.Dialect} and the IN-list limit; and
 * {@link dev.sheaf.runtime.LoadException}, what every failed load throws. These keep their
 * meaning across versions; what generated code calls besides them is in
 * {@code dev.sheaf.runtime.internal}.
 */
package dev.sheaf.runtime;
