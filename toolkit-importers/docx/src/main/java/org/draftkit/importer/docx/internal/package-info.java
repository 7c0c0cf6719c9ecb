/** Implementation of the DOCX importer: package checks, docx4j loading, the body walk, Word list numbering and styles. */
package org.draftkit.importer.docx.internal;
