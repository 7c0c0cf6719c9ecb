/** Implementation details of the command line (JSON writing, atomic files); not an API. */
package org.draftkit.cli.internal;
