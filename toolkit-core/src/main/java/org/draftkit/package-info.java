/** The entry point ({@link org.draftkit.Toolkit}) and the toolkit's checked exceptions. */
package org.draftkit;
