package com.licensedesk.directory;

import com.licensedesk.company.CompanyProfile;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.domain.SearchText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Before a new account is made at the desk: customers that look like the same company, by the folded company
 * name with the same postal code, the same phone number, or the same mail domain unless it is a free-mail one.
 */
public final class SameCompany {
    private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "yahoo.co.jp",
            "ymail.ne.jp", "outlook.com", "outlook.jp", "hotmail.com", "hotmail.co.jp", "live.jp", "icloud.com",
            "me.com", "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp", "nifty.com",
            "biglobe.ne.jp", "ocn.ne.jp", "so-net.ne.jp");

    private final Directory directory;

    public SameCompany(Directory directory) {
        this.directory = directory;
    }

    /** Slow: reads the database; call it off the FX thread. */
    public List<CustomerSummary> candidates(CompanyProfile company, ContactPerson user, LocalDate today) {
        String phone = SearchText.fold(user.phone().area() + user.phone().number());
        return directory.sameCompany(SearchText.fold(company.companyName()), company.postalCode(), phone,
                businessDomain(user.email()), today);
    }

    /** The domain of a mail address when it names a company; empty for free-mail and malformed addresses. */
    public static Optional<String> businessDomain(String email) {
        int at = email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1) {
            return Optional.empty();
        }
        String domain = email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        return FREE_MAIL.contains(domain) ? Optional.empty() : Optional.of(domain);
    }
}
