/** HTML writing helpers shared by the HTML exporters; not an API. */
package org.draftkit.exporter.html.internal;
