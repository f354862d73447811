package org.ohchr.uprfund.contributions.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.contributions.Donor;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DonorRepository implements PanacheRepositoryBase<Donor, UUID> {

    public Optional<Donor> findByIso3(String iso3) {
        return find("iso3", iso3).firstResultOptional();
    }

    public Optional<Donor> findByName(String name) {
        return find("lower(name) = ?1", name.toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
    }
}
