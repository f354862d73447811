package org.ohchr.uprfund.platform.reference;

import java.util.Locale;
import java.util.Set;

/** The ISO 3166-1 alpha-3 codes the JDK knows: how every service checks a State or donor country code. */
public final class CountryCodes {

    private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private CountryCodes() {
    }

    public static boolean isAlpha3(String code) {
        return ALPHA3.contains(code);
    }
}
