/**
 * Language versions of one text matched paragraph by paragraph: {@link org.draftkit.align.Aligner}.
 */
package org.draftkit.align;
