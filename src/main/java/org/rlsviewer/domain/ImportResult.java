package org.rlsviewer.domain;

/** A diary together with the report of how its file was read. */
public record ImportResult(Diary diary, ImportReport report) {}
