package org.ohchr.uprfund.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The dashboard as a browser shows it: Debian's Chromium, headless, opens the gateway's page with the report's data, runs
 * its scripts under the page's Content Security Policy, and the test reads what it rendered. Where no chromium is
 * installed the browser tests are skipped with a message, except in CI (CI=true), which installs it.
 */
@QuarkusTest
@TestProfile(ReportDataProfile.class)
class DashboardTest {

    private static final Duration RENDERED_WITHIN = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    URL page;

    @BeforeEach
    void reportData() {
        Report2020.publishOnce();
    }

    @Test
    void dashboardShowsThe2020ClosingBalanceAndItsCharts() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.open(chromium(), page.toString(), "en-US")) {
            chromium.await("document.documentElement.dataset.ready === 'true'", RENDERED_WITHIN);

            assertEquals("2,208,495.68", text(chromium, "document.getElementById('closing-balance').textContent"));
            assertEquals("2208495.68", text(chromium, "document.getElementById('closing-balance').dataset.value"));
            assertEquals("2,208,495.68", text(chromium,
                    "document.querySelector('#years tr[data-year=\"2020\"]').lastElementChild.textContent"));
            assertEquals("28", text(chromium, "String(document.querySelectorAll('#states tbody tr').length)"));

            for (String chart : List.of("chart-trend", "chart-contributions", "chart-expenditure", "chart-recommendations")) {
                assertTrue(chromium.evaluate("(() => { const c = document.querySelector('#" + chart + " canvas');"
                        + " return c !== null && c.width > 0 && c.height > 0; })()").asBoolean(), chart + " draws nothing");
                assertTrue(Integer.parseInt(text(chromium, "document.getElementById('" + chart + "').dataset.points")) > 0, chart);
            }
            assertEquals("10", text(chromium, "document.getElementById('chart-contributions').dataset.series"),
                    "the nine largest donors and the others");
            assertEquals("Norway", text(chromium, "chart('chart-contributions').series[0].name"), "the largest donor first");
            assertEquals("9", text(chromium, "document.getElementById('chart-expenditure').dataset.points"));
            assertEquals("Staff costs", text(chromium, "chart('chart-expenditure').yAxis[0].data[0]"));
            assertEquals("317975.13", text(chromium, "String(chart('chart-expenditure').series[0].data[0])"));
            assertEquals("2020", text(chromium, "chart('chart-trend').xAxis[0].data.slice(-1)[0]"));
            assertEquals("2208495.68", text(chromium, "String(chart('chart-trend').series[0].data.slice(-1)[0])"));
            assertEquals("[]", chromium.evaluate("JSON.stringify(window.cspViolations)").asText(), "Content Security Policy violations");
            assertEquals("true", text(chromium, "String(document.getElementById('error').hidden)"));
        }
    }

    @Test
    void dashboardUpdatesItselfWhenEventsArrive() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.open(chromium(), page.toString(), "en-GB")) {
            chromium.await("document.documentElement.dataset.ready === 'true'", RENDERED_WITHIN);
            chromium.await("document.getElementById('live').textContent === 'Updates itself as events arrive'", RENDERED_WITHIN);
            int before = Integer.parseInt(text(chromium, "document.getElementById('chart-recommendations').dataset.total"));

            EventPublisher.send(ReportDataProfile.onReportTopics(FundEvents.recommendationRecorded(UUID.randomUUID(), "KHM",
                    "SUPPORTED", "IN_PROGRESS", List.of(16))));

            chromium.await("document.getElementById('chart-recommendations').dataset.total === '" + (before + 1) + "'", RENDERED_WITHIN);
            assertTrue(Integer.parseInt(text(chromium, "String(chart('chart-recommendations').series[0].data"
                    + ".find(d => d.name === 'In progress').value)")) >= 1);
        }
    }

    @Test
    void dashboardSpeaksTheBrowsersUnLanguage() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.open(chromium(), page.toString(), "fr-FR")) {
            chromium.await("document.documentElement.dataset.ready === 'true'", RENDERED_WITHIN);
            assertEquals("fr", text(chromium, "document.documentElement.lang"));
            assertEquals("Solde du fonds", text(chromium, "document.getElementById('balance-heading').textContent"));
            assertEquals("2208495,68", text(chromium, "document.getElementById('closing-balance').textContent.replace(/\\s/g, '')"));
            assertEquals("Dépenses de personnel", text(chromium, "chart('chart-expenditure').yAxis[0].data[0]"));
        }
        try (HeadlessChromium chromium = HeadlessChromium.open(chromium(), page.toString(), "ar")) {
            chromium.await("document.documentElement.dataset.ready === 'true'", RENDERED_WITHIN);
            assertEquals("rtl", text(chromium, "document.documentElement.dir"));
            assertEquals("رصيد الصندوق", text(chromium, "document.getElementById('balance-heading').textContent"));
        }
    }

    @Test
    void pageAndItsScriptsCarrySecurityHeadersAndNoInlineCode() {
        for (String path : List.of("/", "/dashboard/dashboard.js", "/dashboard/labels.js", "/webjars/echarts/5.3.1/dist/echarts.min.js")) {
            given().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", not(containsString("unsafe")))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("X-Frame-Options", "DENY");
        }
        String html = given().get("/").then().statusCode(200).extract().asString();
        assertTrue(!html.contains("<script>") && !html.contains("<style") && !html.contains(" style="), "inline code in the page");
        assertTrue(!html.contains("http://") && !html.contains("https://"), "the page loads nothing from elsewhere");
        // An answer of the API is data: the platform's policy lets it load nothing.
        given().get("/api/fund/status").then().statusCode(200)
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
    }

    /** {@code chart(id)} in an expression: the option the ECharts chart of that element was drawn with. */
    private static String text(HeadlessChromium chromium, String expression) throws Exception {
        JsonNode value = chromium.evaluate("(() => { const chart = (id) => echarts.getInstanceByDom(document.getElementById(id))"
                + ".getOption(); return " + expression + "; })()");
        return value.isNull() ? null : value.asText();
    }

    /** Chromium, or the test is skipped (locally) or fails (in CI, which installs it). */
    private static Path chromium() {
        Path chromium = HeadlessChromium.find();
        if (chromium == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("chromium is not installed, and CI installs it (.ci/run): the dashboard cannot be tested");
        }
        Assumptions.assumeTrue(chromium != null, "chromium is not installed here (Debian: apt-get install chromium); the dashboard's"
                + " browser tests are skipped");
        return chromium;
    }
}
