/**
 * Implementation of the HTTP API: one {@code Routes} class per feature, request parsing and the
 * central error mapping.
 */
package org.draftkit.server.internal;
