/**
 * Proposals: reading amendments out of stakeholder submissions and consolidating them into the base
 * text.
 */
package org.draftkit.amend;
