package org.rlsviewer.corpus;

import java.util.List;

/**
 * The per-language slots shared by every template: neutral clauses (ordinary RLS complaints and
 * sleep, which never fire a rule), time phrases, the ways clauses are joined, and neutral
 * medications and magnesium doses.
 */
public record Kit(String language, List<String> fillers, List<String> times, List<String> joiners,
    String neutralMeds, String neutralMg, int rowsPerTemplate) {}
