package com.licensedesk.change;

import java.util.List;

/** The journal of changes, written in the transaction of the change it records. */
public interface Journal {

    void append(JournalEntry entry);

    /** The entries in the order they were written here, from the {@code after}-th on, at most {@code limit}. */
    List<JournalEntry> read(long after, int limit);
}
