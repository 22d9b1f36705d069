package com.licensedesk.kiosks;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.domain.FieldSpec;
import com.licensedesk.domain.InvalidInput;
import com.licensedesk.domain.Text;
import com.licensedesk.sealing.PassphraseSeal;
import com.licensedesk.sealing.Passphrase;
import com.licensedesk.sealing.PlaceKeys;
import com.licensedesk.sealing.PublicKeys;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Permission;
import java.util.List;
import java.util.Optional;

/**
 * キオスク管理 at home: an admin enrols a kiosk (its keys made here, its enrolment file sealed under a one-time
 * passphrase shown once) and revokes one (home refuses its later bundles, saying why).
 */
public final class KioskService {
    public static final FieldSpec REVOKE_REASON = FieldSpec.required("revokeReason", String::strip,
            Text.maxLength(400));
    private final ChangePipeline pipeline;
    private final KioskRepository kiosks;
    private final PlaceKeyring keyring;

    public KioskService(ChangePipeline pipeline, KioskRepository kiosks, PlaceKeyring keyring) {
        this.pipeline = pipeline;
        this.kiosks = kiosks;
        this.keyring = keyring;
    }

    /** The enrolment file for the IT person to carry to the kiosk, and the passphrase that opens it (shown once). */
    public record Enrolled(Kiosk kiosk, String fileName, byte[] file, String passphrase) {
    }

    /** Throws {@link InvalidInput} for a bad name, {@link KioskRepository.NameTaken} for one in use. Slow: hashes. */
    public Enrolled enrol(Actor admin, String typedName) {
        admin.require(Permission.MANAGE_DESK);
        String name = KioskName.FIELD.cleaned(typedName);
        new InvalidInput.Check().field(KioskName.FIELD, name).refuseIfAny();
        PlaceKeys home = keyring.homeKeys();
        PlaceKeys kioskKeys = PlaceKeys.generate();
        PublicKeys kioskPublic = kioskKeys.publicKeys();
        Kiosk kiosk = pipeline.run(admin, new KioskCommands.EnrolKiosk(name, kioskPublic.signing(),
                kioskPublic.encrypting()), this::enrol);
        String passphrase = Passphrase.generate();
        byte[] payload = KioskFiles.write(new EnrolmentFile(name, kioskKeys.forEnrolment(), kioskPublic,
                keyring.name(), home.publicKeys()));
        byte[] file = PassphraseSeal.seal(EnrolmentFile.FORMAT, keyring.name(), payload, passphrase);
        return new Enrolled(kiosk, EnrolmentFile.fileName(name), file, passphrase);
    }

    private Outcome<Kiosk> enrol(KioskCommands.EnrolKiosk command, ChangeContext context) {
        Kiosk kiosk = kiosks.enrol(command.name(), command.signingPublic(), command.encryptingPublic(),
                context.now(), context.actor().loginId());
        return Outcome.changed(kiosk).audited(Optional.empty(), AuditAction.KIOSK_ENROLLED, "kiosk=" + kiosk.name());
    }

    /** False when it was revoked already. Throws {@link InvalidInput} without a reason. */
    public boolean revoke(Actor admin, String name, String typedReason) {
        String reason = REVOKE_REASON.cleaned(typedReason);
        new InvalidInput.Check().field(REVOKE_REASON, reason).refuseIfAny();
        return pipeline.run(admin, new KioskCommands.RevokeKiosk(name, reason), this::revoke);
    }

    private Outcome<Boolean> revoke(KioskCommands.RevokeKiosk command, ChangeContext context) {
        Kiosk kiosk = kiosks.find(command.name()).orElseThrow(() -> new NoSuchKiosk(command.name()));
        if (!kiosks.revoke(kiosk.id(), context.now(), context.actor().loginId(), command.reason())) {
            return Outcome.unchanged(false);
        }
        return Outcome.changed(true).audited(Optional.empty(), AuditAction.KIOSK_REVOKED,
                "kiosk=" + kiosk.name() + "; reason=" + command.reason());
    }

    public List<Kiosk> all() {
        return kiosks.all();
    }

    public Optional<Kiosk> find(String name) {
        return kiosks.find(name);
    }
}
