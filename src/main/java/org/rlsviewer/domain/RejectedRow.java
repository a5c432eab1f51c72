package org.rlsviewer.domain;

/** A data row that was not imported: where it starts, why, and the raw text as read. */
public record RejectedRow(int line, String reason, String rawText) {}
