package org.ohchr.uprfund.gateway.rest;

/** IATI XML examples shown in the OpenAPI document (shortened files, valid against IATI's schemas). */
final class IatiExamples {

    private IatiExamples() {
    }

    static final String ACTIVITIES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <iati-activities version="2.03">
              <iati-activity xml:lang="en" default-currency="USD" hierarchy="1" last-updated-datetime="2026-11-27T12:00:05Z">
                <iati-identifier>XM-DAC-41313-UPRVF</iati-identifier>
                <reporting-org ref="XM-DAC-41313" type="40">
                  <narrative>Office of the United Nations High Commissioner for Human Rights (OHCHR)</narrative>
                </reporting-org>
                <title>
                  <narrative>United Nations Voluntary Fund for Financial and Technical Assistance in the Implementation of the Universal Periodic Review</narrative>
                </title>
                <description type="1">
                  <narrative>The fund's own work, administered by OHCHR: what it spends that is not a country project's.</narrative>
                </description>
                <participating-org role="1" type="40" activity-id="XM-DAC-41313-UPRVF">
                  <narrative>United Nations Voluntary Fund for Financial and Technical Assistance in the Implementation of the Universal Periodic Review</narrative>
                </participating-org>
                <participating-org ref="XM-DAC-41313" role="4" type="40">
                  <narrative>Office of the United Nations High Commissioner for Human Rights (OHCHR)</narrative>
                </participating-org>
                <activity-status code="2"/>
                <activity-date type="2" iso-date="2007-09-28"/>
                <sector vocabulary="1" code="15160" percentage="100"/>
                <transaction ref="b3c0a1de-8f3e-3c55-9a4f-0d3e2f1c9a10">
                  <transaction-type code="4"/>
                  <transaction-date iso-date="2020-12-31"/>
                  <value currency="USD" value-date="2020-12-31">317975.13</value>
                  <description>
                    <narrative>Staff costs</narrative>
                  </description>
                </transaction>
                <transaction ref="6f1d2c3b-4a59-3e8f-b7c6-d5e4f3a2b1c0">
                  <transaction-type code="4"/>
                  <transaction-date iso-date="2020-12-31"/>
                  <value currency="USD" value-date="2020-12-31">-5647.59</value>
                  <description>
                    <narrative>Travel of representatives and participants to meetings and seminars: reversal of expenditure 0c4e2a1b-9d8f-3a7e-8b6c-5d4e3f2a1b0c</narrative>
                  </description>
                </transaction>
              </iati-activity>
              <iati-activity xml:lang="en" default-currency="USD" hierarchy="2" last-updated-datetime="2026-11-27T12:00:04Z">
                <iati-identifier>XM-DAC-41313-UPRVF-KHM-2023-01</iati-identifier>
                <reporting-org ref="XM-DAC-41313" type="40">
                  <narrative>Office of the United Nations High Commissioner for Human Rights (OHCHR)</narrative>
                </reporting-org>
                <title>
                  <narrative>Strengthening the national mechanism for implementation, reporting and follow-up</narrative>
                </title>
                <description type="1">
                  <narrative>Assistance of the fund to the recipient country, at its request, in implementing the recommendations of its Universal Periodic Review: project KHM-2023-01, strategic area NATIONAL_MECHANISM.</narrative>
                </description>
                <participating-org role="1" type="40" activity-id="XM-DAC-41313-UPRVF">
                  <narrative>United Nations Voluntary Fund for Financial and Technical Assistance in the Implementation of the Universal Periodic Review</narrative>
                </participating-org>
                <participating-org ref="XM-DAC-41313" role="4" type="40">
                  <narrative>OHCHR Country Office in Cambodia</narrative>
                </participating-org>
                <activity-status code="2"/>
                <activity-date type="1" iso-date="2023-01-01"/>
                <activity-date type="3" iso-date="2023-12-31"/>
                <recipient-country code="KH" percentage="100"/>
                <sector vocabulary="1" code="15160" percentage="100"/>
                <budget type="1" status="2">
                  <period-start iso-date="2023-01-01"/>
                  <period-end iso-date="2023-12-31"/>
                  <value currency="USD" value-date="2023-01-15">150000.00</value>
                </budget>
                <budget type="2" status="2">
                  <period-start iso-date="2023-01-01"/>
                  <period-end iso-date="2023-12-31"/>
                  <value currency="USD" value-date="2023-02-01">120000.00</value>
                </budget>
                <transaction ref="a7b6c5d4-e3f2-4a1b-9c8d-7e6f5a4b3c2d">
                  <transaction-type code="2"/>
                  <transaction-date iso-date="2023-02-01"/>
                  <value currency="USD" value-date="2023-02-01">-30000.00</value>
                  <description>
                    <narrative>Revision of the project's budget (a cut)</narrative>
                  </description>
                  <provider-org provider-activity-id="XM-DAC-41313-UPRVF" type="40">
                    <narrative>United Nations Voluntary Fund for Financial and Technical Assistance in the Implementation of the Universal Periodic Review</narrative>
                  </provider-org>
                  <receiver-org ref="XM-DAC-41313" receiver-activity-id="XM-DAC-41313-UPRVF-KHM-2023-01" type="40">
                    <narrative>OHCHR Country Office in Cambodia</narrative>
                  </receiver-org>
                </transaction>
                <transaction ref="1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6">
                  <transaction-type code="4"/>
                  <transaction-date iso-date="2023-03-31"/>
                  <value currency="USD" value-date="2023-03-31">30000.00</value>
                  <description>
                    <narrative>Staff costs</narrative>
                  </description>
                </transaction>
                <related-activity ref="XM-DAC-41313-UPRVF" type="1"/>
              </iati-activity>
            </iati-activities>
            """;

    static final String ORGANISATION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <iati-organisations version="2.03">
              <iati-organisation xml:lang="en" default-currency="USD">
                <organisation-identifier>XM-DAC-41313</organisation-identifier>
                <name>
                  <narrative>Office of the United Nations High Commissioner for Human Rights (OHCHR)</narrative>
                </name>
                <reporting-org ref="XM-DAC-41313" type="40">
                  <narrative>Office of the United Nations High Commissioner for Human Rights (OHCHR)</narrative>
                </reporting-org>
                <total-budget status="2">
                  <period-start iso-date="2020-01-01"/>
                  <period-end iso-date="2020-12-31"/>
                  <value currency="USD" value-date="2020-01-01">0.00</value>
                </total-budget>
                <recipient-country-budget status="2">
                  <recipient-country code="KH"/>
                  <period-start iso-date="2020-01-01"/>
                  <period-end iso-date="2020-12-31"/>
                  <value currency="USD" value-date="2020-01-01">0.00</value>
                </recipient-country-budget>
                <total-expenditure>
                  <period-start iso-date="2020-01-01"/>
                  <period-end iso-date="2020-12-31"/>
                  <value currency="USD" value-date="2020-01-01">512323.71</value>
                  <expense-line ref="STAFF">
                    <value currency="USD" value-date="2020-01-01">317975.13</value>
                    <narrative>Staff costs</narrative>
                  </expense-line>
                  <expense-line ref="PARTICIPANT_TRAVEL">
                    <value currency="USD" value-date="2020-01-01">-5647.59</value>
                    <narrative>Travel of representatives and participants to meetings and seminars</narrative>
                  </expense-line>
                </total-expenditure>
              </iati-organisation>
            </iati-organisations>
            """;
}
