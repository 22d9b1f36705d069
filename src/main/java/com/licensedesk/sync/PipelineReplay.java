package com.licensedesk.sync;

import com.licensedesk.account.AccountRepository;
import com.licensedesk.auth.CredentialRepository;
import com.licensedesk.auth.Credentials;
import com.licensedesk.change.AccountCommand;
import com.licensedesk.change.AlreadyReplayed;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.ChangedElsewhere;
import com.licensedesk.change.Command;
import com.licensedesk.change.CommandHandler;
import com.licensedesk.change.CommandJson;
import com.licensedesk.change.Handlers;
import com.licensedesk.change.KioskEntry;
import com.licensedesk.company.CompanyRepository;
import com.licensedesk.domain.InvalidInput;
import com.licensedesk.kiosks.Kiosk;
import com.licensedesk.licences.KeyRefused;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.registration.RegisterCustomer;
import com.licensedesk.session.Actor;
import java.time.Clock;
import java.util.Optional;

/**
 * Replays a kiosk's entry through the handler a desk runs the same command with, on home's account of the same
 * customer. What home's constraints or versions refuse becomes a conflict for a person: nothing of it is written.
 */
public final class PipelineReplay implements EntryReplay {
    private final ChangePipeline pipeline;
    private final Handlers handlers;
    private final CommandJson json;
    private final ReceivedEntries entries;
    private final CredentialRepository credentials;
    private final CompanyRepository companies;
    private final Clock clock;

    public PipelineReplay(ChangePipeline pipeline, Handlers handlers, CommandJson json, ReceivedEntries entries,
                          CredentialRepository credentials, CompanyRepository companies, Clock clock) {
        this.pipeline = pipeline;
        this.handlers = handlers;
        this.json = json;
        this.entries = entries;
        this.credentials = credentials;
        this.companies = companies;
        this.clock = clock;
    }

    @Override
    public Attempt replay(Kiosk kiosk, ReceivedEntry entry) {
        Command command = json.read(entry.command(), entry.formatVersion()).orElseThrow(
                () -> new IllegalStateException("A bundle of a newer format reached the replay"));
        if (command instanceof AccountCommand onAccount) {
            Optional<Credentials> customer = homeAccount(kiosk, onAccount.loginId());
            if (customer.isEmpty()) {
                return new Conflicted(ReceivedEntry.Conflict.NO_SUCH_CUSTOMER, onAccount.loginId());
            }
            command = onAccount.onAccount(customer.get().accountId(), customer.get().loginId());
        }
        if (command instanceof RegisterCustomer registration) {
            Optional<Long> sameCompany = companies.contractorNamed(registration.company().companyName(),
                    registration.company().postalCode());
            if (sameCompany.isPresent()) {
                return new Conflicted(ReceivedEntry.Conflict.SAME_COMPANY, String.valueOf(sameCompany.get()));
            }
        }
        return replay(kiosk, entry, command);
    }

    private Attempt replay(Kiosk kiosk, ReceivedEntry entry, Command command) {
        @SuppressWarnings("unchecked")
        CommandHandler<Command, ?> handler = handlers.of(command).orElseThrow(
                () -> new IllegalStateException("No handler here for " + entry.commandType()));
        String loginId = loginIdOf(command);
        KioskEntry kioskEntry = new KioskEntry(entry.entryId(), kiosk.name(), entry.sequence(), entry.enteredAt(),
                json.readMails(entry.mails()));
        long[] account = new long[1];
        try {
            pipeline.replay(kioskEntry, Actor.customer(loginId), command, handler, () -> {
                account[0] = credentials.find(loginId).orElseThrow().accountId();
                entries.applied(entry.id(), clock.instant(), kiosk.name(), account[0]);
            });
            return new Applied(account[0]);
        } catch (AlreadyReplayed replayed) {
            return new AlreadyApplied();
        } catch (KeyRefused refused) {
            return switch (refused.problem()) {
                case ALREADY_REGISTERED, ALREADY_REGISTERED_HERE -> new Conflicted(ReceivedEntry.Conflict.KEY_TAKEN,
                        "");
                default -> new Conflicted(ReceivedEntry.Conflict.INVALID_DATA, refused.problem().name());
            };
        } catch (LicenceRepository.KeyAlreadyRegistered raced) {
            return new Conflicted(ReceivedEntry.Conflict.KEY_TAKEN, "");
        } catch (AccountRepository.LoginIdTaken taken) {
            return new Conflicted(ReceivedEntry.Conflict.LOGIN_ID_TAKEN, loginId);
        } catch (ChangedElsewhere changed) {
            return new Conflicted(ReceivedEntry.Conflict.CHANGED_AT_HOME, "");
        } catch (InvalidInput invalid) {
            return new Conflicted(ReceivedEntry.Conflict.INVALID_DATA, invalid.problems().stream()
                    .map(InvalidInput.FieldProblem::field).distinct().reduce((a, b) -> a + "," + b).orElse(""));
        }
    }

    /**
     * Home's account of the kiosk's customer: the one the kiosk's registration became (a person may have given it
     * another login ID, or added it to an existing customer), else the account of the same login ID.
     */
    private Optional<Credentials> homeAccount(Kiosk kiosk, String loginId) {
        return entries.registeredAs(kiosk.id(), loginId).map(credentials::of).or(() -> credentials.find(loginId));
    }

    private static String loginIdOf(Command command) {
        if (command instanceof AccountCommand onAccount) {
            return onAccount.loginId();
        }
        if (command instanceof RegisterCustomer registration) {
            return registration.loginId();
        }
        throw new IllegalStateException("Not a customer's command: " + command.getClass().getSimpleName());
    }
}
