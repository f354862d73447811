package org.ohchr.uprfund.gateway.domain;

/** The five strategic areas of the fund's work. */
public enum StrategicArea {
    RECOMMENDATIONS, NATIONAL_MECHANISM, IMPLEMENTATION_PLAN, UN_COUNTRY_TEAM, PARLIAMENT
}
