package com.licensedesk.licences;

import com.licensedesk.catalog.CatalogEntry;
import java.util.Optional;

/**
 * The flow the product check (製品情報を確認) is a step of: first registration or adding a key. It knows the key
 * found, and where 続行 and キャンセル lead.
 */
public interface AgreementStep {

    /** The catalogue entry of the key found in the step before. */
    Optional<CatalogEntry> entry();

    /** The licence agreement was accepted: on to the next step. */
    void accepted(AgreementAcceptance acceptance);

    /** キャンセル: back, as the flow defines it. */
    void cancelled();
}
