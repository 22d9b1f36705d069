package com.licensedesk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One field's rules apart from any screen: whether it is required, how a typed value is tidied, and the rules the
 * tidied value keeps. The forms build their fields from it and the services check what they are given with it, so a
 * value that reaches a service without a form (the command line, a kiosk's journal) meets the same rules.
 * Control characters are refused in every field: no screen types them, and a stored NUL breaks exports and mail.
 */
public record FieldSpec(String name, boolean required, UnaryOperator<String> cleanUp, List<FieldRule> rules,
                        UnaryOperator<String> englishCleanUp) {

    public FieldSpec {
        List<FieldRule> all = new ArrayList<>();
        all.add(Text.NO_CONTROL_CHARACTERS);
        all.addAll(rules);
        rules = List.copyOf(all);
    }

    public static FieldSpec required(String name, UnaryOperator<String> cleanUp, FieldRule... rules) {
        return new FieldSpec(name, true, cleanUp, List.of(rules), cleanUp);
    }

    public static FieldSpec optional(String name, UnaryOperator<String> cleanUp, FieldRule... rules) {
        return new FieldSpec(name, false, cleanUp, List.of(rules), cleanUp);
    }

    /** The same field tidied otherwise on an English screen (a Latin name kept as typed). */
    public FieldSpec onEnglishScreens(UnaryOperator<String> cleanUp) {
        return new FieldSpec(name, required, this.cleanUp, rules, cleanUp);
    }

    /** How a screen in {@code language} tidies what is typed. */
    public UnaryOperator<String> cleanUp(Locale language) {
        return language.getLanguage().equals("en") ? englishCleanUp : cleanUp;
    }

    /** The value as it is stored: tidied. */
    public String cleaned(String typed) {
        return cleanUp.apply(typed == null ? "" : typed);
    }

    /** Why the value is refused, if it is: empty and required, or the first rule it breaks. */
    public Optional<Problem> problem(String typed) {
        String value = cleaned(typed);
        if (value.isEmpty()) {
            return required ? Optional.of(Problem.of("validation.required")) : Optional.empty();
        }
        for (FieldRule rule : rules) {
            Optional<Problem> problem = rule.check(value);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }
}
