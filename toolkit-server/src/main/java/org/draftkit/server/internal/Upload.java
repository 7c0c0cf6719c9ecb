package org.draftkit.server.internal;

import java.io.InputStream;

/**
 * One uploaded file, its content not yet read.
 *
 * @param name the file name the client sent (no directories), used as the source name
 * @param size the size in bytes
 * @param content the content; closed by whoever reads it
 */
public record Upload(String name, long size, InputStream content) {}
