package org.rlsviewer.ui;

import java.util.prefs.Preferences;
import javax.swing.JFrame;
import org.rlsviewer.service.ReviewArchive;

/**
 * What the window's flows and actions work with: its model, the frame that owns their dialogs, the
 * service and library, the runner of background work, the preferences, and where reviews are kept
 * and written.
 */
record WindowContext(WindowModel model, JFrame frame, WindowServices services, TaskRunner tasks, Preferences prefs,
    ReviewArchive archive, ReviewWriter writer) {}
