package org.ohchr.uprfund.gateway.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The lines of Table 1 of the fund's report (statement of income and expenditure for a year), in its order, with their
 * labels in the six UN languages: the gateway's own, except the cost categories', which are projects-service's code
 * list. Totals, the net result and the balances are computed from the lines above them; the receivable lines are memo
 * lines, shown but not counted in the closing balance.
 */
public enum StatementLine {

    CONTRIBUTIONS_RECEIVED(Section.INCOME, Kind.ENTRIES, Labels.of("التبرعات المقبوضة في عام {year}", "{year}年收到的自愿捐款",
            "Voluntary contributions received in {year}", "Contributions volontaires reçues en {year}",
            "Добровольные взносы, полученные в {year} году", "Contribuciones voluntarias recibidas en {year}")),
    EXCHANGE_GAIN_LOSS(Section.INCOME, Kind.ENTRIES, Labels.of("مكاسب (خسائر) أسعار الصرف", "汇兑损益", "Exchange gains/(losses)",
            "Gains (pertes) de change", "Курсовая прибыль (убытки)", "Ganancias (pérdidas) cambiarias")),
    PRIOR_YEAR_PLEDGES_RECEIVED(Section.INCOME, Kind.ENTRIES, Labels.of("المقبوضات من التبرعات المعلنة في سنوات سابقة",
            "收到的以往年度认捐款", "Pledges from prior years received", "Contributions annoncées les années précédentes et reçues",
            "Поступления по взносам, объявленным в предыдущие годы", "Promesas de contribuciones de años anteriores recibidas")),
    MISCELLANEOUS_AND_INVESTMENT_INCOME(Section.INCOME, Kind.ENTRIES, Labels.of("الإيرادات المتنوعة وإيرادات الاستثمار",
            "杂项收入和投资收入", "Miscellaneous and investment income", "Recettes diverses et revenus des placements",
            "Прочие поступления и доходы от инвестиций", "Ingresos varios y por inversiones")),
    TOTAL_INCOME(Section.INCOME, Kind.TOTAL, Labels.of("مجموع الإيرادات", "收入共计", "Total income", "Total des recettes",
            "Итого поступлений", "Total de ingresos")),
    STAFF(CostCategory.STAFF),
    OTHER_PERSONNEL(CostCategory.OTHER_PERSONNEL),
    STAFF_TRAVEL(CostCategory.STAFF_TRAVEL),
    PARTICIPANT_TRAVEL(CostCategory.PARTICIPANT_TRAVEL),
    CONTRACTUAL_SERVICES(CostCategory.CONTRACTUAL_SERVICES),
    GENERAL_OPERATING(CostCategory.GENERAL_OPERATING),
    EQUIPMENT(CostCategory.EQUIPMENT),
    GRANTS(CostCategory.GRANTS),
    PROGRAMME_SUPPORT(CostCategory.PROGRAMME_SUPPORT),
    TOTAL_EXPENDITURE(Section.EXPENDITURE, Kind.TOTAL, Labels.of("مجموع النفقات", "支出共计", "Total expenditure",
            "Total des dépenses", "Итого расходов", "Total de gastos")),
    PRIOR_YEAR_ADJUSTMENTS(Section.BALANCE, Kind.COMPUTED, Labels.of("تسويات نفقات السنوات السابقة (وفورات في الالتزامات المصفاة)",
            "以前年度支出调整(已清偿债务的节余)", "Prior-year expenditure adjustments (savings on liquidated obligations)",
            "Ajustements des dépenses des exercices antérieurs (économies sur engagements liquidés)",
            "Корректировки расходов предыдущих лет (экономия по ликвидированным обязательствам)",
            "Ajustes de gastos de ejercicios anteriores (economías en obligaciones liquidadas)")),
    NET_RESULT(Section.BALANCE, Kind.COMPUTED, Labels.of("صافي زيادة (نقص) الإيرادات عن النفقات للفترة", "本期收入超过(低于)支出的净额",
            "Net excess (shortfall) of income over expenditure for the period",
            "Excédent (déficit) net des recettes sur les dépenses de l'exercice",
            "Чистое превышение (недостаток) поступлений над расходами за период",
            "Superávit (déficit) neto de ingresos respecto de gastos del período")),
    OPENING_BALANCE(Section.BALANCE, Kind.COMPUTED, Labels.of("رصيد الصندوق في 1 كانون الثاني/يناير {year}", "{year}年1月1日基金结余",
            "Fund balance at 1 January {year}", "Solde du fonds au 1er janvier {year}", "Остаток средств фонда на 1 января {year} года",
            "Saldo del fondo al 1 de enero de {year}")),
    RECEIVABLES_PRIOR_PERIODS(Section.BALANCE, Kind.MEMO, Labels.of("التبرعات المستحقة القبض غير المسددة (فترات سابقة)",
            "未收缴的应收捐款(以往期间)", "Contributions receivable outstanding (prior periods)",
            "Contributions à recevoir (exercices antérieurs)", "Невыплаченные взносы к получению (предыдущие периоды)",
            "Contribuciones por recibir pendientes (períodos anteriores)")),
    RECEIVABLES_YEAR(Section.BALANCE, Kind.MEMO, Labels.of("التبرعات المستحقة القبض لعام {year}", "{year}年应收捐款",
            "Contributions receivable {year}", "Contributions à recevoir pour {year}", "Взносы к получению за {year} год",
            "Contribuciones por recibir de {year}")),
    CLOSING_BALANCE(Section.BALANCE, Kind.COMPUTED, Labels.of("مجموع رصيد الصندوق في 31 كانون الأول/ديسمبر {year}",
            "{year}年12月31日基金结余共计", "Total fund balance at 31 December {year}", "Solde total du fonds au 31 décembre {year}",
            "Общий остаток средств фонда на 31 декабря {year} года", "Saldo total del fondo al 31 de diciembre de {year}"));

    /** The part of Table 1 a line is in. */
    public enum Section { INCOME, EXPENDITURE, BALANCE }

    /** How a line's amount is found. */
    public enum Kind {
        /** Summed from the entries dated in the year that sit on it. */
        ENTRIES,
        /** Summed from the lines of its section. */
        TOTAL,
        /** From other lines and the balances. */
        COMPUTED,
        /** Pledges outstanding at the year's end: shown, but not part of the balance. */
        MEMO
    }

    private final Section section;
    private final Kind kind;
    private final Labels labels;
    private final CostCategory category;

    StatementLine(Section section, Kind kind, Labels labels) {
        this.section = section;
        this.kind = kind;
        this.labels = labels;
        this.category = null;
    }

    StatementLine(CostCategory category) {
        this.section = Section.EXPENDITURE;
        this.kind = Kind.ENTRIES;
        this.labels = null;
        this.category = category;
    }

    public Section section() {
        return section;
    }

    public Kind kind() {
        return kind;
    }

    public String label(UnLanguage language, int year) {
        return category != null ? category.label(language) : labels.in(language, year);
    }

    /** True for a line whose amount is a sum of entries, which can be listed. */
    public boolean hasEntries() {
        return kind == Kind.ENTRIES || kind == Kind.MEMO;
    }

    public static StatementLine of(CostCategory category) {
        return Arrays.stream(values()).filter(line -> line.category == category).findFirst().orElseThrow();
    }

    public static List<StatementLine> inSection(Section section) {
        return Arrays.stream(values()).filter(line -> line.section == section).toList();
    }

    /** The line of {@code section} whose code is {@code code}, for an entry reconciled on it; empty when there is none. */
    public static Optional<StatementLine> ofCode(String code, Section section) {
        return Arrays.stream(values())
                .filter(line -> line.kind == Kind.ENTRIES && line.section == section && line.name().equals(code))
                .findFirst();
    }

    /**
     * For an event written before lines were codes: the first line of {@code section} (in the statement's order) whose
     * English label for the entry's year its free text contains, as the producers mapped their stored entries when lines
     * became codes; empty when it names none, and the entry stays on the line of its kind.
     */
    public static Optional<StatementLine> namedByLegacyText(String reportLine, int year, Section section) {
        String named = reportLine.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(line -> line.kind == Kind.ENTRIES && line.section == section)
                .filter(line -> named.contains(line.label(UnLanguage.EN, year).toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
