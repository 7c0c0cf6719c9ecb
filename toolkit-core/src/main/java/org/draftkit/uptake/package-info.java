/** What became of each proposal and stance of the submissions in the later revisions of a text. */
package org.draftkit.uptake;
