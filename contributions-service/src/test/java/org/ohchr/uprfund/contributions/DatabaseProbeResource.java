package org.ohchr.uprfund.contributions;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ohchr.uprfund.contributions.domain.Donor;
import org.ohchr.uprfund.contributions.domain.DonorKind;

/**
 * Test-only writes that skip the services' own checks, so that the database itself refuses them, as it would when two
 * requests race: what the platform answers then is what the tests look at.
 */
@Path("/test-only/database")
@PermitAll
public class DatabaseProbeResource {

    private final EntityManager entityManager;

    DatabaseProbeResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Registers a State whose ISO code is already registered, as a request racing with another would. */
    @POST
    @Path("/state/{iso3}")
    @Transactional
    @Operation(hidden = true)
    public void registerStateAgain(@PathParam("iso3") String iso3) {
        Donor donor = new Donor();
        donor.id = UUID.randomUUID();
        donor.name = "Again " + UUID.randomUUID();
        donor.kind = DonorKind.STATE;
        donor.iso3 = iso3;
        donor.registeredAt = Instant.now();
        entityManager.persist(donor);
        entityManager.flush();
    }

    /** Changes a recorded pledge, which the append-only trigger refuses. */
    @POST
    @Path("/pledge/{id}/rewrite")
    @Transactional
    @Operation(hidden = true)
    public void rewritePledge(@PathParam("id") UUID id) {
        entityManager.createNativeQuery("UPDATE pledge SET amount = amount + 1 WHERE id = :id").setParameter("id", id).executeUpdate();
    }
}
