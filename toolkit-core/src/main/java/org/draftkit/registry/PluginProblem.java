package org.draftkit.registry;

/**
 * A plugin that was declared but could not be loaded.
 *
 * @param service the SPI interface it was declared for
 * @param provider the provider class name, as far as known
 * @param reason why it failed
 * @since 0.1
 */
public record PluginProblem(String service, String provider, String reason) {}
