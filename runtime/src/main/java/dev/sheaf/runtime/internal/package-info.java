/**
 * What generated repositories call: the load transaction, statements with their key sets and
 * how each dialect writes them, row grouping and trees. Not API, as Jdbi's {@code core.internal}
 * is not: public only so that generated code in the users' packages can call it, and free to
 * change between versions.
 */
package dev.sheaf.runtime.internal;
