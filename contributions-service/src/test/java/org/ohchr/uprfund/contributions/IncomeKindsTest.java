package org.ohchr.uprfund.contributions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.ohchr.uprfund.contributions.IncomeTestRequests.api;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IncomeKindsTest {

    private static final String PATH = "/api/income/kinds";

    @Test
    void kindsAreLabelledInEnglishByDefault() {
        api().when().get(PATH).then().statusCode(200)
                .header("Content-Language", "en")
                .body("language", equalTo("en"),
                        "items.code", contains("INVESTMENT", "MISCELLANEOUS", "PRIOR_YEAR_PLEDGE_RECEIPT", "EXCHANGE_GAIN_LOSS"),
                        "items.find { it.code == 'EXCHANGE_GAIN_LOSS' }.label", equalTo("Exchange gains/(losses)"),
                        "items.find { it.code == 'EXCHANGE_GAIN_LOSS' }.mayBeNegative", equalTo(true),
                        "items.find { it.code == 'INVESTMENT' }.mayBeNegative", equalTo(false));
    }

    @Test
    void frenchArabicAndChineseLabelsFollowAcceptLanguage() {
        api().header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8").when().get(PATH).then().statusCode(200)
                .header("Content-Language", "fr").header("Vary", "Accept-Language")
                .body("language", equalTo("fr"), "items.find { it.code == 'MISCELLANEOUS' }.label", equalTo("Recettes diverses"));
        api().header("Accept-Language", "ar").when().get(PATH).then().statusCode(200)
                .header("Content-Language", "ar")
                .body("items.find { it.code == 'INVESTMENT' }.label", equalTo("إيرادات الاستثمار"));
        api().header("Accept-Language", "zh-CN").when().get(PATH).then().statusCode(200)
                .header("Content-Language", "zh")
                .body("items.find { it.code == 'EXCHANGE_GAIN_LOSS' }.label", equalTo("汇兑损益"));
    }

    @Test
    void russianAndSpanishAreOfferedAndOtherLanguagesFallBack() {
        api().header("Accept-Language", "ru").when().get(PATH).then().statusCode(200)
                .body("language", equalTo("ru"), "items.find { it.code == 'MISCELLANEOUS' }.label", equalTo("Прочие поступления"));
        api().header("Accept-Language", "de-DE, es;q=0.7, fr;q=0.5").when().get(PATH).then().statusCode(200)
                .body("language", equalTo("es"), "items.find { it.code == 'MISCELLANEOUS' }.label", equalTo("Ingresos varios"));
        api().header("Accept-Language", "de").when().get(PATH).then().statusCode(200).body("language", equalTo("en"));
        api().header("Accept-Language", ";;;q=x").when().get(PATH).then().statusCode(200).body("language", equalTo("en"));
    }
}
