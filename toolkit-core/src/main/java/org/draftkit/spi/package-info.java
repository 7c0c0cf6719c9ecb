/**
 * The plugin SPI: {@link org.draftkit.spi.DocumentImporter} and {@link org.draftkit.spi.Exporter},
 * discovered through {@link java.util.ServiceLoader} or registered on {@link
 * org.draftkit.Toolkit.Builder}.
 */
package org.draftkit.spi;
