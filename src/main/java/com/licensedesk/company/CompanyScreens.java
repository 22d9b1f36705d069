package com.licensedesk.company;

import com.licensedesk.postal.PostalCodes;
import com.licensedesk.ui.ScreenContext;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.ScreenRegistry;

/** 会社情報: the contractor and support contact tabs of the open account. */
public final class CompanyScreens {
    public static final ScreenId COMPANY_INFO = new ScreenId("company/info");

    private CompanyScreens() {
    }

    /** Returns the screen's view model, whose company name the desk's acting banner follows. */
    public static CompanyInfoViewModel register(ScreenRegistry screens, ScreenContext context,
                                                CompanyInfoService service, PostalCodes postalCodes) {
        CompanyInfoViewModel companyInfo = new CompanyInfoViewModel(service, context.session(), context.tasks(),
                context.messages(), postalCodes);
        screens.add(COMPANY_INFO, ScreenRegistry.Access.ACCOUNT, CompanyInfoView.class,
                () -> new CompanyInfoView(companyInfo, context.messages(), context.clock())).holds(companyInfo);
        return companyInfo;
    }
}
