package com.licensedesk.auth;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** Reset codes and reset requests. */
public interface ResetCodeRepository {
    /** An issued code that is neither used, replaced nor voided. */
    record OpenCode(long id, long accountId, Instant expiresAt) {
    }

    /** What a code's mail lapses with: once the code is closed, its mail is not sent if it still waits. */
    static String mailKey(long codeId) {
        return "reset-code:" + codeId;
    }

    /** Stores a new code for the account and closes its older open codes (REPLACED); returns the new code's id. */
    long issue(long accountId, String codeHash, Instant issuedAt, Instant expiresAt);

    Optional<OpenCode> findOpen(String codeHash, Collection<Long> accountIds);

    /** The open code with this hash, whoever's it is. */
    Optional<OpenCode> findOpenAnywhere(String codeHash);

    /** Counts a wrong try against the accounts' open codes; returns the most tries any of them now has. */
    int addWrongTry(Collection<Long> accountIds);

    /** Closes the accounts' open codes, with the reason; the mail of each that still waits lapses ({@link #mailKey}). */
    void closeOpen(Collection<Long> accountIds, String reason, Instant at);

    void recordRequest(String subjectFolded, String desk, Instant at);

    /** Requests for the login ID or address after {@code since}. */
    int requestsFor(String subjectFolded, Instant since);

    /** Requests from the desk after {@code since}. */
    int requestsFromDesk(String desk, Instant since);
}
