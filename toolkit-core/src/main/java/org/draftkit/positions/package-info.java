/**
 * Position tables: who asks for what, paragraph by paragraph, read from submissions and comments.
 */
package org.draftkit.positions;
