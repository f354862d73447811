package org.ohchr.uprfund.gateway.service.readmodel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.config.ReadModelConfig;
import org.ohchr.uprfund.gateway.domain.FundSource;

/** The producing services the read model is built from, as configured ({@code fund.read-model.sources.*}), by name. */
@ApplicationScoped
public class FundSources {

    private final List<FundSource> sources;

    FundSources(ReadModelConfig config) {
        this.sources = config.sources().entrySet().stream()
                .map(entry -> new FundSource(entry.getKey(), entry.getValue().topic(), entry.getValue().source(),
                        entry.getValue().typePrefix()))
                .sorted(Comparator.comparing(FundSource::name))
                .toList();
    }

    public List<FundSource> all() {
        return sources;
    }

    public List<String> topics() {
        return sources.stream().map(FundSource::topic).toList();
    }

    public Optional<FundSource> byTopic(String topic) {
        return sources.stream().filter(source -> source.topic().equals(topic)).findFirst();
    }
}
