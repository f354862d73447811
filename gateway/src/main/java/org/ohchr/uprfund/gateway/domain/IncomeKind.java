package org.ohchr.uprfund.gateway.domain;

/** The kinds of other income contributions-service records. */
public enum IncomeKind {
    INVESTMENT, MISCELLANEOUS, PRIOR_YEAR_PLEDGE_RECEIPT, EXCHANGE_GAIN_LOSS
}
