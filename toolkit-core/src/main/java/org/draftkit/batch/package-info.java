/**
 * Batch conversion: a folder tree of documents converted in parallel into a mirrored tree of
 * outputs, resumable and reported.
 */
package org.draftkit.batch;
