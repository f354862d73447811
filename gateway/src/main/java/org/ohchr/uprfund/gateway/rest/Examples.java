package org.ohchr.uprfund.gateway.rest;

/** JSON examples shown in the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String FUND_STATUS = """
            {
              "asOf": "2026-11-27T12:00:05.412Z",
              "donors": {"registered": 3, "states": 2, "others": 1},
              "sources": [
                {
                  "topic": "fund.contributions.v1",
                  "eventsApplied": 3,
                  "duplicatesIgnored": 1,
                  "lastEventId": "6f1c2a0e-3b7d-4e59-9a51-0c4f1d2e8b77",
                  "lastEventType": "org.ohchr.uprfund.contributions.DonorRegistered",
                  "lastEventTime": "2026-11-27T12:00:00.123Z",
                  "lastAppliedAt": "2026-11-27T12:00:00.351Z",
                  "lagSeconds": 0.228
                },
                {
                  "topic": "fund.projects.v1",
                  "eventsApplied": 0,
                  "duplicatesIgnored": 0,
                  "lastEventId": null,
                  "lastEventType": null,
                  "lastEventTime": null,
                  "lastAppliedAt": null,
                  "lagSeconds": null
                },
                {
                  "topic": "fund.recommendations.v1",
                  "eventsApplied": 0,
                  "duplicatesIgnored": 0,
                  "lastEventId": null,
                  "lastEventType": null,
                  "lastEventTime": null,
                  "lastAppliedAt": null,
                  "lagSeconds": null
                }
              ]
            }""";

    static final String PROBLEM_INTERNAL_ERROR = """
            {
              "type": "https://upr-fund.example/problems/internal-error",
              "title": "Internal error",
              "status": 500,
              "detail": "The request could not be completed; quote reference 2f0d6a9c-5a1e-4c61-8b0b-7d0f7f3c2e11 when reporting it",
              "instance": "/api/fund/status"
            }""";
}
