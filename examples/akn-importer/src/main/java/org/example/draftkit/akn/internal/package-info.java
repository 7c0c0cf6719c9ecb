/** Implementation of the Akoma Ntoso importer: the hardened XML parser and the tree walk. */
package org.example.draftkit.akn.internal;
