package com.licensedesk.catalog;

/** What a running catalogue import tells its screen, and how the screen stops it. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void read(long line, long bytes) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** The import has read the file up to {@code line}, {@code bytes} of it (0 when not known). */
    void read(long line, long bytes);

    /**
     * The file is read to its end and its keys are being stored, which may take a while of its own (a million keys:
     * seconds) and has no parts to count.
     */
    default void storing() {
    }

    /** True once the person asked to stop: the import then stores nothing and says how far it had read. */
    boolean cancelled();
}
