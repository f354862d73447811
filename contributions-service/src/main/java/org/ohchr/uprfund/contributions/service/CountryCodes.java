package org.ohchr.uprfund.contributions.service;

import java.util.Locale;
import java.util.Set;

/** The ISO 3166-1 alpha-3 codes the JDK knows. */
final class CountryCodes {

    private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private CountryCodes() {
    }

    static boolean isAlpha3(String code) {
        return ALPHA3.contains(code);
    }
}
