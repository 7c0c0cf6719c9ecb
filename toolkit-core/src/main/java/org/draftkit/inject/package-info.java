/** Guice wiring: the only package that imports Guice. Optional for embedders. */
package org.draftkit.inject;
