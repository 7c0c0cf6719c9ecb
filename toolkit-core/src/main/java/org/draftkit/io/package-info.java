/** File-system helpers the front ends share: {@link org.draftkit.io.AtomicFiles}. */
package org.draftkit.io;
