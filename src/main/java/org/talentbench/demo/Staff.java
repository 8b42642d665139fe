package org.talentbench.demo;

import java.util.Arrays;
import org.talentbench.core.researcher.ResearchCategory;

/**
 * The few numbers per researcher that output generation and representative-work selection need, in parallel
 * arrays indexed by the researcher's generation index (0 … n-1), so that full profiles can be handed to the sink
 * and dropped. Dates are epoch days. Confined to the generating thread.
 */
final class Staff {
    static final int NONE = -1;
    static final ResearchCategory[] CATEGORIES = ResearchCategory.values();

    final int n;
    final long[] id;
    final int[] dept;
    final byte[] category;
    /** Category before {@link #changeDay}, or {@link #NONE}. */
    final byte[] previousCategory;
    final int[] previousDept;
    final int[] changeDay;
    final int[] hireDay;
    /** Last day with research activity: the reference date, the leave/retirement date or the start of inactivity. */
    final int[] lastActiveDay;
    final int[] birthDay;
    final boolean[] female;
    final boolean[] active;
    final double[] weight;
    /** 0 研究实习员, 1 助理研究员, 2 副研究员, 3 研究员. */
    final byte[] titleRank;
    final boolean[] doctorate;
    final boolean[] supervisor;
    /** Basic researchers who put forward no domestic papers on purpose. */
    final boolean[] ignoresDomesticQuota;
    final String[] nameZh;
    final String[] byline;
    final String[] primaryTechTag;
    /** Career breaks as [start0, end0, start1, end1 …] epoch days, or null. */
    final int[][] breaks;
    int[][] members;

    Staff(int n) {
        this.n = n;
        id = new long[n];
        dept = new int[n];
        category = new byte[n];
        previousCategory = new byte[n];
        previousDept = new int[n];
        changeDay = new int[n];
        hireDay = new int[n];
        lastActiveDay = new int[n];
        birthDay = new int[n];
        female = new boolean[n];
        active = new boolean[n];
        weight = new double[n];
        titleRank = new byte[n];
        doctorate = new boolean[n];
        supervisor = new boolean[n];
        ignoresDomesticQuota = new boolean[n];
        nameZh = new String[n];
        byline = new String[n];
        primaryTechTag = new String[n];
        breaks = new int[n][];
    }

    ResearchCategory categoryAt(int i, int day) {
        int c = previousCategory[i] != NONE && day < changeDay[i] ? previousCategory[i] : category[i];
        return CATEGORIES[c];
    }

    int deptAt(int i, int day) {
        return previousDept[i] != NONE && day < changeDay[i] ? previousDept[i] : dept[i];
    }

    boolean activeOn(int i, int day) {
        return day >= hireDay[i] && day <= lastActiveDay[i];
    }

    boolean onBreak(int i, int day) {
        int[] b = breaks[i];
        if (b == null) {
            return false;
        }
        for (int k = 0; k < b.length; k += 2) {
            if (day >= b[k] && day <= b[k + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Builds the per-department member lists once every profile exists. */
    void indexDepartments(int departments) {
        int[] counts = new int[departments];
        for (int i = 0; i < n; i++) {
            counts[dept[i]]++;
        }
        members = new int[departments][];
        for (int d = 0; d < departments; d++) {
            members[d] = new int[counts[d]];
        }
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
            members[dept[i]][counts[dept[i]]++] = i;
        }
    }
}
