package org.talentbench.cli;

/** How list commands print their rows. */
public enum OutputFormat { table, csv, json }
