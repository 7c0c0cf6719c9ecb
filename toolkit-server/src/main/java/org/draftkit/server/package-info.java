/**
 * The draftkit HTTP API: a thin front end over {@link org.draftkit.Toolkit}, started with {@link
 * org.draftkit.server.DraftkitServer}.
 */
package org.draftkit.server;
