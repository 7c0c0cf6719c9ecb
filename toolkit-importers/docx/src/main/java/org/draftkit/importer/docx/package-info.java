/**
 * Reads Word documents (DOCX) into draftkit documents: numbering, tracked changes, comments, notes
 * and tables.
 */
package org.draftkit.importer.docx;
