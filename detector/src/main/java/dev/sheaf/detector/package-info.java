/**
 * {@link dev.sheaf.detector.NPlusOneDetector}: a Jdbi plugin that reports a statement run over and
 * over on one handle, the N+1 loops Sheaf's repositories replace. Needs Jdbi, not Sheaf.
 */
package dev.sheaf.detector;
