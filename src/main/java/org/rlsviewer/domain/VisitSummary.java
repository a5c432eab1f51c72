package org.rlsviewer.domain;

import java.time.LocalDateTime;

/** All a visit summary document shows: the diary, how it was read, what was found, and when. */
public record VisitSummary(
    Diary diary, ImportReport importReport, Findings findings, LocalDateTime generatedAt, String programVersion) {}
