/** The {@code draftkit} command line: thin picocli commands over {@link org.draftkit.Toolkit}. */
package org.draftkit.cli;
