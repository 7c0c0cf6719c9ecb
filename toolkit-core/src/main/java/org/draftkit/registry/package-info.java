/** Plugin discovery (ServiceLoader, with loud failures) and explicit, priority-based selection. */
package org.draftkit.registry;
