package org.talentbench.core.committee;

/**
 * The grades of 《事业单位工作人员考核规定》 (人社部发〔2023〕6号): 优秀 / 合格 / 基本合格 / 不合格, best first. The labels are
 * configurable ({@code grade.label.<NAME>} settings override the bundle's {@code appraisal.grade.<NAME>}).
 */
public enum AppraisalGrade {
    EXCELLENT, QUALIFIED, BASICALLY_QUALIFIED, UNQUALIFIED
}
