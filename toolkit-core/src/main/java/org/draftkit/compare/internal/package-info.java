/** Implementation of the comparison engine (tokenising, token diff, alignment); not an API. */
package org.draftkit.compare.internal;
