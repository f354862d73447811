package org.ohchr.uprfund.contributions.repository;

import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.contributions.domain.Donor;
import org.ohchr.uprfund.contributions.domain.DonorKind;
import org.ohchr.uprfund.platform.classification.DonorName;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class DonorRepository implements PanacheRepositoryBase<Donor, UUID> {

    public Optional<Donor> findByIso3(String iso3) {
        return find("iso3", iso3).firstResultOptional();
    }

    public Optional<Donor> findByName(String name) {
        return find("lower(name) = ?1", name.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /**
     * Donors by name; every filter is optional. {@code search} matches part of the name, in any case, literally. Without
     * {@code privateNamesShown}, private individuals are ordered by the name anyone reads for them and their names are
     * not searched.
     */
    public Page<Donor> search(DonorKind kind, String iso3, String search, boolean privateNamesShown, PageRequest page) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        Parameters parameters = new Parameters();
        if (kind != null) {
            where.add("d.kind = :kind");
            parameters.and("kind", kind);
        }
        if (iso3 != null) {
            where.add("d.iso3 = :iso3");
            parameters.and("iso3", iso3);
        }
        if (search != null && !search.isBlank()) {
            where.add(privateNamesShown ? "lower(d.name) like :pattern escape '\\'"
                    : "d.kind <> :private and lower(d.name) like :pattern escape '\\'");
            if (!privateNamesShown) {
                parameters.and("private", DonorKind.PRIVATE);
            }
            parameters.and("pattern", "%" + escapeLike(search.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        String name = privateNamesShown ? "d.name"
                : "case when d.kind = " + DonorKind.class.getName() + ".PRIVATE then '" + DonorName.PRIVATE_DONOR + "' else d.name end";
        return Page.of(find("from Donor d" + where + " order by " + name + ", d.id", parameters), page);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
