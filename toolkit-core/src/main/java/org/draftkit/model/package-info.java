/**
 * The document model: immutable values for documents, paragraphs, runs, notes, comments and
 * stakeholder input.
 */
package org.draftkit.model;
