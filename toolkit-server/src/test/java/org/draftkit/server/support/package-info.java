/** Test plugins and an HTTP client for the server tests. */
package org.draftkit.server.support;
