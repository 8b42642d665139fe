package org.talentbench.core.repo;

import java.util.List;
import org.talentbench.core.researcher.Department;

/** The institute's departments. */
public interface DepartmentRepository {
    List<Department> findAll();

    /** Inserts or updates by code. */
    void save(Department department);
}
