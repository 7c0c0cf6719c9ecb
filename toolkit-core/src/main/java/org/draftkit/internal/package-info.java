/** Implementation helpers shared by the engines; not an API, may change without notice. */
package org.draftkit.internal;
