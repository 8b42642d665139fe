package org.talentbench.store;

import static org.talentbench.store.generated.Tables.DEPARTMENT;

import java.util.List;
import org.jooq.DSLContext;
import org.talentbench.core.repo.DepartmentRepository;
import org.talentbench.core.researcher.Department;

final class JooqDepartmentRepository implements DepartmentRepository {
    private final DSLContext dsl;

    JooqDepartmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Department> findAll() {
        return dsl.selectFrom(DEPARTMENT).orderBy(DEPARTMENT.CODE)
                .fetch(r -> new Department(r.getCode(), r.getNameZh(), r.getNameEn()));
    }

    @Override
    public void save(Department d) {
        dsl.mergeInto(DEPARTMENT)
                .using(dsl.selectOne())
                .on(DEPARTMENT.CODE.eq(d.code()))
                .whenMatchedThenUpdate().set(DEPARTMENT.NAME_ZH, d.nameZh()).set(DEPARTMENT.NAME_EN, d.nameEn())
                .whenNotMatchedThenInsert(DEPARTMENT.CODE, DEPARTMENT.NAME_ZH, DEPARTMENT.NAME_EN)
                .values(d.code(), d.nameZh(), d.nameEn())
                .execute();
    }
}
