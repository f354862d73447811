package org.ohchr.uprfund.gateway.service.report.iati;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.gateway.config.IatiConfig;
import org.ohchr.uprfund.gateway.config.ReadModelConfig;
import org.ohchr.uprfund.gateway.repository.BudgetRevisionRepository;
import org.ohchr.uprfund.gateway.repository.ExpenditureRepository;
import org.ohchr.uprfund.gateway.repository.ProjectRepository;
import org.ohchr.uprfund.gateway.service.readmodel.ReadModelSchema;
import org.ohchr.uprfund.platform.database.ConsistentReads;

import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.Startup;

/** The fund's IATI activity and organisation files, built from the live read model, each read in one snapshot of it. */
@ApplicationScoped
@Startup
public class IatiService {

    private final ProjectRepository projects;
    private final BudgetRevisionRepository revisions;
    private final ExpenditureRepository expenditure;
    private final ConsistentReads reads;
    private final ReadModelSchema readModel;
    private final IatiActivityFile activityFile;
    private final IatiOrganisationFile organisationFile;

    IatiService(ProjectRepository projects, BudgetRevisionRepository revisions, ExpenditureRepository expenditure, ConsistentReads reads,
            ReadModelSchema readModel, IatiConfig config, ReadModelConfig readModelConfig) {
        if (!config.activityPrefix().startsWith(config.reportingOrgRef() + "-")) {
            throw new IllegalStateException("fund.iati.activity-prefix (" + config.activityPrefix() + ") must begin with"
                    + " fund.iati.reporting-org-ref and a hyphen (" + config.reportingOrgRef() + "-), as IATI requires of activity identifiers");
        }
        this.projects = projects;
        this.revisions = revisions;
        this.expenditure = expenditure;
        this.reads = reads;
        this.readModel = readModel;
        this.activityFile = new IatiActivityFile(config, readModelConfig.fundEstablished());
        this.organisationFile = new IatiOrganisationFile(config);
    }

    /** The activity file, as UTF-8 XML. */
    @Transactional(TxType.REQUIRES_NEW)
    public byte[] activities() {
        return activityFile.of(facts());
    }

    /** The organisation file, as UTF-8 XML. */
    @Transactional(TxType.REQUIRES_NEW)
    public byte[] organisation() {
        return organisationFile.of(facts());
    }

    private IatiFacts facts() {
        reads.repeatableRead();
        readModel.use(null);
        return new IatiFacts(projects.listAll(Sort.by("iso3").and("code").and("projectId")),
                revisions.listAll(),
                expenditure.listAll(Sort.by("spentOn").and("expenditureId")));
    }
}
