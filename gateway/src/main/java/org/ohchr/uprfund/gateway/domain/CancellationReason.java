package org.ohchr.uprfund.gateway.domain;

/** Why nothing more is expected on a pledge: the donor cancelled it, or the fund wrote it off. */
public enum CancellationReason {
    CANCELLED, WRITTEN_OFF
}
