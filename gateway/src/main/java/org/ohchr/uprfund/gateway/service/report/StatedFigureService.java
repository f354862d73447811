package org.ohchr.uprfund.gateway.service.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ohchr.uprfund.gateway.domain.FigureKey;
import org.ohchr.uprfund.gateway.domain.StatedFigure;
import org.ohchr.uprfund.gateway.mapping.NewStatedFigure;
import org.ohchr.uprfund.gateway.repository.StatedFigureRepository;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * What published reports state about the figures the gateway computes, recorded by fund managers. Each view that
 * computes such a figure shows the report's beside its own ({@link org.ohchr.uprfund.gateway.domain.StatedComparison}).
 * A stated figure is never changed: a report states what it states.
 */
@ApplicationScoped
@Transactional
public class StatedFigureService {

    /** Largest amount a report may state: more than the fund will ever see, well within the column's 20 digits. */
    private static final BigDecimal LARGEST = new BigDecimal("1000000000000000");

    private final StatedFigureRepository figures;

    StatedFigureService(StatedFigureRepository figures) {
        this.figures = figures;
    }

    /**
     * @throws InvalidFieldException when the figure is not one the gateway computes, or the value or donors do not fit it
     * @throws StatedFigureExistsException when the report's figure is recorded already
     */
    public StatedFigure record(@Valid @NotNull NewStatedFigure request, @NotNull String recordedBy) {
        FigureKey key = FigureKey.parse(request.figure().strip());
        BigDecimal value = request.valueUsd();
        if (key.isAmount()) {
            if (value == null) {
                throw new InvalidFieldException("valueUsd", "is required for " + key.text());
            }
            if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
                throw new InvalidFieldException("valueUsd", "must have at most two decimals");
            }
            if (value.abs().compareTo(LARGEST) >= 0) {
                throw new InvalidFieldException("valueUsd", "must be less than " + LARGEST.toPlainString() + " in absolute value");
            }
            if (request.donors() != null) {
                throw new InvalidFieldException("donors", "must be absent for " + key.text() + ", which is an amount");
            }
        } else {
            if (request.donors() == null || request.donors().isEmpty()) {
                throw new InvalidFieldException("donors", "must name at least one donor for " + key.text());
            }
            if (value != null) {
                throw new InvalidFieldException("valueUsd", "must be absent for " + key.text() + ", which is a list of donors");
            }
            Set<String> seen = new HashSet<>();
            for (String donor : request.donors()) {
                if (!seen.add(donor.strip().toLowerCase(Locale.ROOT))) {
                    throw new InvalidFieldException("donors", "names " + donor.strip() + " twice");
                }
            }
        }
        String report = request.report().strip();
        figures.find(report, key.text()).ifPresent(existing -> {
            throw new StatedFigureExistsException("What " + report + " states for " + key.text() + " is already recorded ("
                    + existing.id + "); a stated figure is never changed");
        });
        StatedFigure figure = new StatedFigure();
        figure.id = UUID.randomUUID();
        figure.report = report;
        figure.figure = key.text();
        figure.valueUsd = value == null ? null : value.setScale(2);
        figure.donors = request.donors() == null ? null : request.donors().stream().map(String::strip).toArray(String[]::new);
        figure.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        figure.recordedBy = recordedBy;
        figure.recordedAt = Instant.now();
        figures.persist(figure);
        return figure;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<StatedFigure> find(UUID id) {
        return figures.findByIdOptional(id);
    }

    @Transactional(TxType.SUPPORTS)
    public Page<StatedFigure> list(PageRequest page) {
        return figures.page(page);
    }

    @Transactional(TxType.SUPPORTS)
    public List<StatedFigure> about(List<String> figureKeys) {
        return figures.ofFigures(figureKeys);
    }

    @Transactional(TxType.SUPPORTS)
    public List<StatedFigure> aboutStatement(int year) {
        return figures.startingWith("statement." + year + ".");
    }
}
