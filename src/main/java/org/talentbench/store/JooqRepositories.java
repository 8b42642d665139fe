package org.talentbench.store;

import org.jooq.DSLContext;
import org.talentbench.core.repo.DepartmentRepository;
import org.talentbench.core.repo.OutputRepository;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.repo.RepresentativeWorkRepository;
import org.talentbench.core.repo.ResearcherRepository;
import org.talentbench.core.repo.SettingsRepository;
import org.talentbench.core.repo.TechnologyRepository;

/** The jOOQ repositories of one transaction, all on the same transactional context. */
final class JooqRepositories implements Repositories {
    private final DSLContext dsl;

    JooqRepositories(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public ResearcherRepository researchers() {
        return new JooqResearcherRepository(dsl);
    }

    @Override
    public OutputRepository outputs() {
        return new JooqOutputRepository(dsl);
    }

    @Override
    public DepartmentRepository departments() {
        return new JooqDepartmentRepository(dsl);
    }

    @Override
    public RepresentativeWorkRepository representativeWorks() {
        return new JooqRepresentativeWorkRepository(dsl);
    }

    @Override
    public SettingsRepository settings() {
        return new JooqSettingsRepository(dsl);
    }

    @Override
    public TechnologyRepository technologies() {
        return new JooqTechnologyRepository(dsl);
    }
}
