/**
 * Implementation of the DOCX importer: package checks, relationships, StAX walks of the parts, Word
 * list numbering and styles.
 */
package org.draftkit.importer.docx.internal;
