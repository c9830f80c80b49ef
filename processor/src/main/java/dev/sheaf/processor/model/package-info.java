/**
 * Records that can only describe a valid projection: no compiler types, so the planner and writer
 * can be tested on models built by hand.
 */
package dev.sheaf.processor.model;
