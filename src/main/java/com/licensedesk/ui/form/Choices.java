package com.licensedesk.ui.form;

import java.util.Locale;
import java.util.Optional;

/** For a field chosen from a list: finding a choice by what is typed, and showing one in the screen's language. */
public final class Choices {
    private Choices() {
    }

    /** The choice meant by the start typed, if any. */
    @FunctionalInterface
    public interface TypeAhead {
        Optional<String> choice(String typed);
    }

    /** A stored choice as a screen in {@code language} shows it. */
    @FunctionalInterface
    public interface Shown {
        String text(String choice, Locale language);
    }
}
