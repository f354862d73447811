package org.ohchr.uprfund.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who publishes the fund's IATI files and how its activities are named: {@code fund.iati.*}. The defaults describe OHCHR
 * publishing the fund; the identifier OHCHR is registered under in IATI's Registry is the one to configure (see
 * docs/IATI.md).
 */
@ConfigMapping(prefix = "fund.iati")
public interface IatiConfig {

    /** The reporting organisation's IATI organisation identifier; by IATI's convention for UN bodies, XM-DAC- and its DAC code. */
    @WithDefault("XM-DAC-41313")
    String reportingOrgRef();

    @WithDefault("Office of the United Nations High Commissioner for Human Rights (OHCHR)")
    String reportingOrgName();

    /** IATI OrganisationType code of the reporting organisation: 40, multilateral. */
    @WithDefault("40")
    String reportingOrgType();

    @WithDefault("United Nations Voluntary Fund for Financial and Technical Assistance in the Implementation of the Universal Periodic Review")
    String fundName();

    /**
     * The fund's own activity identifier, and the start of every project's ({@code <prefix>-<project code>}); it must begin
     * with the reporting organisation's identifier and a hyphen, as IATI requires.
     */
    @WithDefault("XM-DAC-41313-UPRVF")
    String activityPrefix();

    /** The OECD DAC 5-digit purpose code (sector vocabulary 1) of every activity: 15160, human rights. */
    @WithDefault("15160")
    String sectorCode();
}
