package org.ohchr.uprfund.contributions.domain;

import java.util.Map;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The kinds of other income in Table 1 of the fund's statement, with their labels in the six official UN languages.
 * Contributions received are not income entries: they are recorded as contributions.
 */
public enum IncomeKind {

    INVESTMENT(false,
            "إيرادات الاستثمار", "投资收入", "Investment income", "Revenus des placements",
            "Доходы от инвестиций", "Ingresos por inversiones"),
    MISCELLANEOUS(false,
            "إيرادات متنوعة", "杂项收入", "Miscellaneous income", "Recettes diverses",
            "Прочие поступления", "Ingresos varios"),
    PRIOR_YEAR_PLEDGE_RECEIPT(false,
            "المقبوضات من التبرعات المعلنة في سنوات سابقة", "收到的以往年度认捐款", "Pledges from prior years received",
            "Contributions annoncées les années précédentes et reçues", "Поступления по взносам, объявленным в предыдущие годы",
            "Promesas de contribuciones de años anteriores recibidas"),
    /** Typed in by hand, such as a bank revaluation; the only kind that may be negative (a loss). */
    EXCHANGE_GAIN_LOSS(true,
            "مكاسب (خسائر) أسعار الصرف", "汇兑损益", "Exchange gains/(losses)", "Gains (pertes) de change",
            "Курсовая прибыль (убытки)", "Ganancias (pérdidas) cambiarias");

    private final boolean mayBeNegative;
    private final Map<UnLanguage, String> labels;

    IncomeKind(boolean mayBeNegative, String ar, String zh, String en, String fr, String ru, String es) {
        this.mayBeNegative = mayBeNegative;
        this.labels = Map.of(UnLanguage.AR, ar, UnLanguage.ZH, zh, UnLanguage.EN, en, UnLanguage.FR, fr, UnLanguage.RU, ru,
                UnLanguage.ES, es);
    }

    /** True for the kind whose entries record losses as negative amounts. */
    public boolean mayBeNegative() {
        return mayBeNegative;
    }

    public String label(UnLanguage language) {
        return labels.get(language);
    }
}
