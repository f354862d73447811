package org.ohchr.uprfund.gateway.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ohchr.uprfund.gateway.FundStatus;
import org.ohchr.uprfund.gateway.mapping.FundStatusMapper;
import org.ohchr.uprfund.gateway.repository.FundDonorRepository;
import org.ohchr.uprfund.gateway.repository.SourceFreshnessRepository;

/** Fund status, computed from the read model's tables on each request. */
@ApplicationScoped
public class FundStatusService {

    private final FundDonorRepository donors;
    private final SourceFreshnessRepository freshness;
    private final FundStatusMapper mapper;

    public FundStatusService(FundDonorRepository donors, SourceFreshnessRepository freshness, FundStatusMapper mapper) {
        this.donors = donors;
        this.freshness = freshness;
        this.mapper = mapper;
    }

    @Transactional(SUPPORTS)
    public FundStatus currentStatus() {
        return new FundStatus(Instant.now(), mapper.toDonors(donors.countByKind()), mapper.toSources(freshness.listByTopic()));
    }
}
