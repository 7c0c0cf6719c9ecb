/** Test doubles for core tests. */
package org.draftkit.testing;
