package com.licensedesk.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A service was given values that break their fields' rules: refused before anything is written. Each problem names
 * its field (the form's id, such as {@code supportEmail}) and the rule.
 */
public final class InvalidInput extends RuntimeException {
    /** A field and why its value is refused. */
    public record FieldProblem(String field, Problem problem) {
    }

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.problem().messageKey())
                .collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Collects problems and refuses when there are any. */
    public static final class Check {
        private final java.util.ArrayList<FieldProblem> found = new java.util.ArrayList<>();

        /** {@code value} against {@code spec}, under the field id {@code prefix + spec's name}. */
        public Check field(String prefix, FieldSpec spec, String value) {
            spec.problem(value).ifPresent(problem -> found.add(new FieldProblem(id(prefix, spec.name()), problem)));
            return this;
        }

        public Check field(FieldSpec spec, String value) {
            return field("", spec, value);
        }

        /** A problem found by a rule across fields (a phone number's length with its area code). */
        public Check problem(String prefix, String name, Optional<Problem> problem) {
            problem.ifPresent(p -> found.add(new FieldProblem(id(prefix, name), p)));
            return this;
        }

        public List<FieldProblem> problems() {
            return List.copyOf(found);
        }

        public void refuseIfAny() {
            if (!found.isEmpty()) {
                throw new InvalidInput(found);
            }
        }

        /** {@code support} + {@code companyName} is {@code supportCompanyName}, as the forms' ids are. */
        public static String id(String prefix, String name) {
            return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }
}
