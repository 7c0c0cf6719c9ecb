/**
 * The HTML importer plugin (jsoup): web pages and HTML renderings of UN documents into {@link
 * org.draftkit.model.Document}s.
 */
package org.draftkit.importer.html;
