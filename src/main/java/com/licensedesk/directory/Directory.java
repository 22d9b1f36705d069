package com.licensedesk.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The customers of the desk's database, found by their folded texts (see {@code SearchText}). */
public interface Directory {

    /**
     * The customers whose texts hold every term (already folded), by company reading, at most {@code limit};
     * with no terms, the newest customers. {@code today} decides which expiry is the next. Stopped through
     * {@code cancellation}, the statement running is interrupted and the search ends with a
     * {@link java.util.concurrent.CancellationException}.
     */
    List<CustomerSummary> search(List<String> foldedTerms, int limit, LocalDate today, Cancellation cancellation);

    Optional<CustomerSummary> find(long accountId, LocalDate today);

    /**
     * Customers that may be the same company (see {@link SameCompany}): the folded company name with this postal
     * code, or these phone digits, or an address at this mail domain; at most twenty.
     */
    List<CustomerSummary> sameCompany(String foldedName, String postalCode, String phoneDigits,
                                      Optional<String> mailDomain, LocalDate today);

    /** Every customer, for the CSV export, in company reading order. */
    List<CustomerSummary> all(LocalDate today);
}
