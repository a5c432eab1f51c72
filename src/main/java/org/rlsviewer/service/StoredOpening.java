package org.rlsviewer.service;

import org.rlsviewer.store.ImportOutcome;

/**
 * A diary file imported into the store and opened: {@code opened} holds the patient's merged
 * diary (all kept nights, this file's newer versions in force) with this file's import report;
 * {@code outcome} says what the import changed (or that the file was imported before).
 *
 * @param patientKey the key to use with {@link PatientRecords} and {@link StoredReviewArchive}
 *     (equal to {@code opened.patientKey()} except for a diary that names no patient, which is kept
 *     per file content so that two patients' anonymous files never merge)
 */
public record StoredOpening(String patientKey, OpenedDiary opened, ImportOutcome outcome) {}
