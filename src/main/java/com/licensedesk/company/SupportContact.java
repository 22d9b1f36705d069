package com.licensedesk.company;

/** The support contact (サポート窓口): a company and a person; licence mail goes to the person's address. */
public record SupportContact(CompanyProfile company, ContactPerson person) {
}
