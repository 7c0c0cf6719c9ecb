/** An example third-party draftkit plugin: an importer for Akoma Ntoso XML (OASIS LegalDocML). */
package org.example.draftkit.akn;
