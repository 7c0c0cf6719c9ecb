/**
 * The JSON shapes (Jackson-bound records), their mapping to the model, and the shared {@code
 * ObjectMapper} setup.
 */
package org.draftkit.json.internal;
