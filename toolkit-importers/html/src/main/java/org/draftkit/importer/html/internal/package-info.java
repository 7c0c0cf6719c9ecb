/** Implementation of the HTML importer: page cleaning, the DOM walk, labels, kinds and metadata. */
package org.draftkit.importer.html.internal;
