/**
 * Comparison of revisions: paragraph alignment, word-level redlines and lineage across N revisions.
 */
package org.draftkit.compare;
