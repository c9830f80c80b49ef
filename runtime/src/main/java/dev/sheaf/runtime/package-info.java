/**
 * What generated repositories call: the load transaction, statements with their key sets, row
 * grouping and the root query. Not API for hand-written code: it may change between versions.
 */
package dev.sheaf.runtime;
