package org.talentbench.core.researcher;

/**
 * The classified-evaluation categories of the 2018 guidance (中办发〔2018〕6号) and the 2022 pilot.
 * The code is what is stored; display labels come from the UI's resource bundles.
 */
public enum ResearchCategory {
    /** 基础研究 — judged by peers on representative works; longest cycle. */
    BASIC,
    /** 应用研究与技术开发 — breakthroughs, IP, standards, transfer. */
    APPLIED,
    /** 社会公益研究 — service, support and social contribution. */
    PUBLIC_WELFARE,
    /** 承担国家重大攻关任务 — judged by task milestones. */
    NATIONAL_MAJOR_TASK
}
