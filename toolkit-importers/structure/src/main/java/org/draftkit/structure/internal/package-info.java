/** The structurer's rules, one class per rule; not API. */
package org.draftkit.structure.internal;
