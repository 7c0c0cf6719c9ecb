/** CSV (RFC 4180) writers for tabular results. */
package org.draftkit.exporter.csv;
