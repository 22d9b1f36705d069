package com.licensedesk.cli;

import com.licensedesk.auth.LoginId;
import com.licensedesk.auth.PasswordPolicy;
import com.licensedesk.domain.Problem;
import com.licensedesk.operators.Operator;
import com.licensedesk.operators.OperatorService;
import com.licensedesk.session.Role;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** {@code operator add|list|deactivate|password|totp|totp-off}: the desk's staff, for the IT person. */
final class OperatorCli extends CommandGroup {
    OperatorCli(Terminal terminal) {
        super(terminal);
    }

    @Override
    int run(List<String> words) {
        if (matches(words, 0, "operator", "list")) {
            return list();
        }
        if (matches(words, 1, "operator", "deactivate")) {
            String loginId = words.get(2);
            return change(opened -> {
                opened.operators().deactivate(CLI, loginId);
                return messages.get("cli.operator.deactivated", loginId);
            });
        }
        if (matches(words, 1, "operator", "totp")) {
            String loginId = words.get(2);
            return change(opened -> {
                OperatorService.TotpOffer offer = opened.operators().enableTotp(CLI, loginId);
                return messages.get("cli.operator.totpOn", loginId, offer.secret(), offer.uri());
            });
        }
        if (matches(words, 1, "operator", "totp-off")) {
            String loginId = words.get(2);
            return change(opened -> {
                opened.operators().disableTotp(CLI, loginId);
                return messages.get("cli.operator.totpOff", loginId);
            });
        }
        if (matches(words, 1, "operator", "password")) {
            String loginId = words.get(2);
            Optional<String> password = newPassword();
            if (password.isEmpty()) {
                return Cli.USER_ERROR;
            }
            return change(opened -> {
                opened.operators().resetPassword(CLI, loginId, password.get());
                return messages.get("cli.operator.passwordSet", loginId);
            });
        }
        if (words.size() >= 3 && words.get(1).equals("add")) {
            return add(words.subList(2, words.size()));
        }
        return usage();
    }

    private int list() {
        try (Installation.Opened opened = installation.open()) {
            List<Operator> all = opened.operators().all();
            if (all.isEmpty()) {
                out.println(messages.get("cli.operator.none"));
            }
            for (Operator operator : all) {
                out.println(messages.get("cli.operator.row", operator.loginId(), operator.name(),
                        messages.get(operator.role().labelKey()),
                        messages.get(operator.active() ? "cli.operator.active" : "cli.operator.inactive")));
            }
            return Cli.OK;
        }
    }

    /** {@code operator add [--role ROLE] [--name NAME] ID}, {@code rest} being what follows {@code add}. */
    private int add(List<String> rest) {
        Role role = Role.CLERK;
        String name = null;
        int i = 0;
        for (; i < rest.size() - 1; i += 2) {
            if (rest.get(i).equals("--role")) {
                Optional<Role> chosen = Role.ofWord(rest.get(i + 1));
                if (chosen.isEmpty()) {
                    err.println(messages.get("cli.operator.role", rest.get(i + 1)));
                    return Cli.USAGE;
                }
                role = chosen.get();
            } else if (rest.get(i).equals("--name")) {
                name = rest.get(i + 1);
            } else {
                break;
            }
        }
        if (i != rest.size() - 1) {
            return usage();
        }
        String loginId = rest.get(i);
        Optional<Problem> refusedId = LoginId.RULE.check(loginId);
        if (refusedId.isPresent()) {
            err.println(messages.get(refusedId.get()));
            return Cli.USER_ERROR;
        }
        Optional<String> password = newPassword();
        if (password.isEmpty()) {
            return Cli.USER_ERROR;
        }
        Role chosenRole = role;
        String chosenName = name == null ? loginId : name;
        return change(opened -> {
            opened.operators().add(CLI, loginId, chosenName, chosenRole, password.get());
            return messages.get("cli.operator.added", loginId, messages.get(chosenRole.labelKey()));
        });
    }

    /** Makes the change on an opened desk and prints what it says; a refusal is one line on stderr. */
    private int change(Function<Installation.Opened, String> change) {
        try (Installation.Opened opened = installation.open()) {
            out.println(change.apply(opened));
            return Cli.OK;
        } catch (OperatorService.Refused refused) {
            err.println(messages.get(refused.reason().messageKey()));
            return Cli.USER_ERROR;
        }
    }

    /** A new password asked twice on the console (or read as two lines from a script), under the policy. */
    private Optional<String> newPassword() {
        String[] typed = twoSecrets(messages.get("cli.password.ask"), messages.get("cli.password.again"));
        Optional<Problem> problem = PasswordPolicy.problem(typed[0]);
        if (problem.isPresent()) {
            err.println(messages.get(problem.get()));
            return Optional.empty();
        }
        if (!typed[0].equals(typed[1])) {
            err.println(messages.get("validation.password.mismatch"));
            return Optional.empty();
        }
        return Optional.of(typed[0]);
    }
}
