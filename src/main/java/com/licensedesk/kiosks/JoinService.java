package com.licensedesk.kiosks;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.sealing.Opened;
import com.licensedesk.sealing.PassphraseSeal;
import com.licensedesk.sealing.PlaceKeys;
import com.licensedesk.sealing.SealRefused;
import com.licensedesk.sealing.SealedPrivateKeys;
import com.licensedesk.session.Actor;
import java.io.IOException;
import java.util.Optional;

/**
 * At the kiosk: the IT person joins it to its home with the enrolment file and its one-time passphrase. The kiosk's
 * keys are then kept sealed under the kiosk's own secret key; from then on its changes are journalled for home.
 */
public final class JoinService {
    private final ChangePipeline pipeline;
    private final PlaceIdentityRepository identities;
    private final PlaceKeyring keyring;

    public JoinService(ChangePipeline pipeline, PlaceIdentityRepository identities, PlaceKeyring keyring) {
        this.pipeline = pipeline;
        this.identities = identities;
        this.keyring = keyring;
    }

    public record Joined(String kioskName, String homeName) {
    }

    /**
     * Throws {@link SealRefused} (a wrong passphrase, not an enrolment file, a newer format) and {@link AlreadyJoined}
     * when this place has keys already (joined, or home to kiosks of its own). Slow: the passphrase is hashed.
     */
    public Joined join(Actor actor, byte[] file, String passphrase) {
        if (identities.find().isPresent()) {
            throw new AlreadyJoined(identities.find().orElseThrow().home().map(PlaceIdentity.Home::name));
        }
        Opened opened = PassphraseSeal.open(file, EnrolmentFile.FORMAT, passphrase);
        EnrolmentFile enrolment;
        try {
            enrolment = KioskFiles.read(opened.payload(), EnrolmentFile.class);
        } catch (IOException e) {
            throw new SealRefused(SealRefused.Reason.ALTERED, "the enrolment payload is not readable");
        }
        PlaceKeys keys = PlaceKeys.fromEnrolment(enrolment.keys());
        if (!keys.publicKeys().equals(enrolment.kioskPublic())) {
            throw new SealRefused(SealRefused.Reason.ALTERED, "the enrolment's keys do not belong together");
        }
        SealedPrivateKeys sealed = keyring.seal(keys);
        return pipeline.run(actor, new KioskCommands.JoinHome(enrolment.kiosk(), enrolment.home(),
                keys.publicKeys().signing(), keys.publicKeys().encrypting()), (command, context) ->
                join(command, context, enrolment, sealed));
    }

    private Outcome<Joined> join(KioskCommands.JoinHome command, ChangeContext context, EnrolmentFile enrolment,
                                 SealedPrivateKeys sealed) {
        try {
            identities.create(new PlaceIdentity(command.kioskName(), sealed.signing(), command.signingPublic(),
                    sealed.decrypting(), command.encryptingPublic(),
                    Optional.of(new PlaceIdentity.Home(enrolment.home(), enrolment.homePublic().signing(),
                            enrolment.homePublic().encrypting())), context.now(), Optional.empty(), Optional.empty(),
                    0));
        } catch (PlaceIdentityRepository.AlreadyMade raced) {
            throw new AlreadyJoined(Optional.empty());
        }
        return Outcome.changed(new Joined(command.kioskName(), command.homeName())).audited(Optional.empty(),
                AuditAction.KIOSK_JOINED, "kiosk=" + command.kioskName() + "; home=" + command.homeName());
    }

    /** This place has its keys already: joined to {@code home}, or a home itself. */
    public static final class AlreadyJoined extends RuntimeException {
        private final transient Optional<String> home;

        public AlreadyJoined(Optional<String> home) {
            super("this place has its keys already", null, false, false);
            this.home = home;
        }

        public Optional<String> home() {
            return home;
        }
    }
}
