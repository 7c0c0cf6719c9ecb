/**
 * Implementation of batch conversion: the input walk, the manifest journal, atomic output files and
 * the JSON report.
 */
package org.draftkit.batch.internal;
