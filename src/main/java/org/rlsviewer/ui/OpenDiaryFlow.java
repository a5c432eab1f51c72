package org.rlsviewer.ui;

import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.rlsviewer.domain.Review;
import org.rlsviewer.service.AmbiguousDayMonthOrderException;
import org.rlsviewer.service.AmbiguousPersonException;
import org.rlsviewer.service.IdentityChoice;
import org.rlsviewer.service.OpenOptions;
import org.rlsviewer.service.NotADiaryException;
import org.rlsviewer.service.PatientIdentityConflictException;
import org.rlsviewer.service.UnknownLayoutException;
import org.rlsviewer.service.DiaryLibrary;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenedDiary;
import org.rlsviewer.service.ReviewArchive;
import org.rlsviewer.service.UnnamedPatientException;

/**
 * Opening a diary, from the file (or the patient kept in the library) to a prepared view: the
 * import and analysis run off the Event Dispatch Thread with progress and Cancel, and the results
 * come back on it. A question the file raises (day or month first, which person, which sheet, an id
 * kept for someone else, a layout nobody knows) is asked there, and the file opened again with the answer.
 */
final class OpenDiaryFlow {

  /** One try at opening, in the manner of a please-wait runnable: work off the EDT, then finish or fail on it. */
  private abstract class Attempt {

    /** The slow part; on a worker thread. */
    abstract PatientView.Prepared work() throws Exception;

    /** The failure, on the EDT, after the progress is hidden. */
    abstract void failed(Exception e);

    final void start(String status, boolean withProgress) {
      window.model().busy(true, status);
      if (withProgress) {
        statusBar.showProgress(true);
      }
      window.model().opening(window.tasks().run(this::work, prepared -> {
        end(withProgress);
        ends.opened().accept(prepared);
      }, e -> {
        end(withProgress);
        failed(e);
      }));
    }

    private void end(boolean withProgress) {
      if (withProgress) {
        statusBar.showProgress(false);
      }
      window.model().opening(null);
    }
  }

  private final WindowContext window;
  private final RuleFileSetting ruleFile;
  private final StatusBar statusBar;
  private final Ends ends;
  private final Set<String> conflictsAsked = new HashSet<>();

  /**
   * What the window does when an opening ends, on the EDT: show the diary opened, or, after a Cancel,
   * list the kept patients again (a Cancel that came after the database had kept the import, during
   * the analysis, must not hide the patient until the next start).
   */
  record Ends(Consumer<PatientView.Prepared> opened, Runnable cancelled) {}

  OpenDiaryFlow(WindowContext window, RuleFileSetting ruleFile, StatusBar statusBar, Ends ends) {
    this.window = window;
    this.ruleFile = ruleFile;
    this.statusBar = statusBar;
    this.ends = ends;
  }

  /** Opens a diary in the background; the window stays responsive, shows progress, can cancel. */
  void open(Path file) {
    if (ruleFile.isLoading()) {
      window.model().status(Messages.get(ruleFile.isStarting() ? "status.starting" : "status.rulesLoading"));
    }
    ruleFile.whenReady(() -> open(file, askingWhoWhenKept(window.services().service().openDefaults())));
  }

  /** With the patient database, an export that names no patient asks who it is (it decides what merges). */
  private OpenOptions askingWhoWhenKept(OpenOptions options) {
    return window.services().library().keepsPatients() ? options.askingForUnnamed() : options;
  }

  /**
   * Opens with the given import options. A question the file raises (day or month first) is asked
   * once and the file opened again with the answer; a layout nobody knows can be mapped by hand.
   */
  private void open(Path file, OpenOptions options) {
    open(file, options, IdentityChoice.ask());
  }

  /** As above, resolving a patient id kept for another name or birth date as the clinician chose. */
  private void open(Path file, OpenOptions options, IdentityChoice identity) {
    if (window.model().opening()) {
      Alerts.complain(window.frame(), Messages.get("status.opening", file.getFileName()));
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      window.prefs().put("lastDirectory", parent.toString());
    }
    java.time.LocalTime caffeineCutoff = PreferencesDialog.caffeineCutoff(window.prefs());
    Map<String, Review> inSession = new LinkedHashMap<>();
    window.model().views().forEach(v -> inSession.put(v.patientKey(), v.session().review()));
    DiaryService service = window.services().service();
    DiaryLibrary library = window.services().library();
    new Attempt() {
      @Override
      PatientView.Prepared work() throws Exception {
        if (!Files.isRegularFile(file)) {
          throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (options.sheet().isEmpty()) {
          SheetQuestion.askIfSeveral(service.sheetNames(file, options));
        }
        long size = Math.max(1, Files.size(file));
        DiaryLibrary.Opening result = library.withCaffeineCutoff(caffeineCutoff).open(file,
            options.withProgress(bytes -> {
              int percent = (int) Math.min(100, bytes * 100 / size);
              SwingUtilities.invokeLater(() -> statusBar.progress(percent));
            }), identity);
        OpenedDiary opened = result.opened();
        String key = result.patientKey();
        Review review = inSession.containsKey(key) ? inSession.get(key) : window.archive().reviewOf(key);
        PatientView.Prepared prepared = PatientView.Prepared.of(file, key, result.remark(), opened, review);
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedIOException("cancelled");
        }
        return prepared;
      }

      @Override
      void failed(Exception e) {
        answerOrReport(file, options, e);
      }
    }.start(Messages.get("status.opening", file.getFileName()), true);
  }

  /** Asks the question the failure raises and opens the file again with the answer, or reports the failure. */
  private void answerOrReport(Path file, OpenOptions options, Exception e) {
    if (e instanceof CancellationException || e instanceof InterruptedIOException) {
      window.model().busy(false, Messages.get("status.cancelled", file.getFileName()));
      ends.cancelled().run();
      return;
    }
    window.model().busy(false, Messages.get("status.ready"));
    if (e instanceof SheetQuestion question) {
      question.ask(window.frame(), file).ifPresent(sheet -> open(file, options.withSheet(sheet)));
    } else if (e instanceof AmbiguousDayMonthOrderException question) {
      DayMonthQuestion.ask(window.frame(), question).ifPresent(order -> open(file, options.withDayMonthOrder(order)));
    } else if (e instanceof UnnamedPatientException question) {
      open(file, UnnamedPatientQuestion.ask(window.frame(), question.export()).map(options::withPatient)
          .orElseGet(options::withoutAsking));
    } else if (e instanceof AmbiguousPersonException question) {
      PersonQuestion.ask(window.frame(), question.choice()).ifPresent(person -> open(file, options.withPerson(person)));
    } else if (e instanceof PatientIdentityConflictException conflict) {
      IdentityQuestion.ask(window.frame(), file, conflict.conflict()).ifPresent(choice -> open(file, options, choice));
    } else if (e instanceof UnknownLayoutException && options.mappingsDirectory().isPresent()) {
      offerColumnMapping(file, options, e.getMessage());
    } else if (e instanceof NotADiaryException) {
      Alerts.showError(window.frame(), Messages.get("error.notADiary.title"), e.getMessage());
    } else {
      Alerts.showError(window.frame(), Messages.get("error.open.title"), file.getFileName() + ": " + Alerts.describe(e));
    }
  }

  private void offerColumnMapping(Path file, OpenOptions options, String message) {
    Object[] choices = {Messages.get("mapping.offer.map"), Messages.get("mapping.offer.close")};
    int choice = JOptionPane.showOptionDialog(window.frame(), message + "\n\n" + Messages.get("mapping.offer.text"),
        Messages.get("error.notADiary.title"), JOptionPane.DEFAULT_OPTION, JOptionPane.ERROR_MESSAGE, null,
        choices, choices[1]);
    if (choice != 0) {
      return;
    }
    DiaryService service = window.services().service();
    window.tasks().run(() -> service.preview(file, 10), preview -> ColumnMappingDialog.show(window.frame(), preview)
        .ifPresent(mapping -> window.tasks().run(() -> {
          service.saveMapping(mapping);
          return mapping;
        }, saved -> open(file, options.withMapping(saved.name())),
            e -> Alerts.showError(window.frame(), Messages.get("error.open.title"), Alerts.describe(e)))),
        e -> Alerts.showError(window.frame(), Messages.get("error.open.title"), file.getFileName() + ": " + Alerts.describe(e)));
  }

  /**
   * Adds a sleep tracker's export as the device source of the patient shown, in the background; the
   * patient's view is then shown again with both sources (the review stays as it is).
   */
  void addDevice(Path tracker) {
    Optional<PatientView> shown = window.model().current();
    if (shown.isEmpty() || window.model().opening()) {
      return;
    }
    String key = shown.get().patientKey();
    OpenedDiary current = shown.get().session().opened();
    Review review = shown.get().session().review();
    OpenOptions options = window.services().service().openDefaults();
    DiaryLibrary library = window.services().library();
    new Attempt() {
      @Override
      PatientView.Prepared work() throws Exception {
        DiaryLibrary.Opening result = library.addDevice(key, current, tracker, options);
        return PatientView.Prepared.of(null, key, Messages.get("device.added", tracker.getFileName()),
            result.opened(), review);
      }

      @Override
      void failed(Exception e) {
        window.model().busy(false, Messages.get("status.ready"));
        Alerts.showError(window.frame(), Messages.get("device.failed.title"), Alerts.describe(e));
      }
    }.start(Messages.get("status.opening", tracker.getFileName()), false);
  }

  /** Opens a kept patient chosen in the list, in the background. */
  void openKept(String patientKey) {
    if (window.model().opening()) {
      return;
    }
    if (ruleFile.isLoading()) {
      ruleFile.whenReady(() -> openKept(patientKey));
      return;
    }
    DiaryLibrary library = window.services().library();
    new Attempt() {
      @Override
      PatientView.Prepared work() throws Exception {
        OpenedDiary opened = library.openKept(patientKey)
            .orElseThrow(() -> new java.io.FileNotFoundException(patientKey));
        Review review = window.archive().reviewOf(patientKey);
        return PatientView.Prepared.of(null, patientKey, "", opened, review);
      }

      @Override
      void failed(Exception e) {
        window.model().busy(false, Messages.get("status.ready"));
        Alerts.showError(window.frame(), Messages.get("error.open.title"), Alerts.describe(e));
      }
    }.start(Messages.get("status.opening", patientKey), false);
  }

  /**
   * A review change could not be saved. When a colleague changed the same review meanwhile, offers
   * to reload the patient with their changes (ours was not saved; the message says what they did).
   */
  void reviewNotSaved(String patientKey, Exception e) {
    if (Alerts.gone(window.frame())) {
      return;
    }
    if (!ReviewArchive.isConflict(e) || window.model().view(patientKey).isEmpty()) {
      Alerts.showError(window.frame(), Messages.get("review.saveFailed.title"),
          Messages.get("review.saveFailed", Alerts.describe(e)));
      return;
    }
    if (!conflictsAsked.add(patientKey)) {
      return; // the writes queued after the first refused one are refused too; one question is enough
    }
    Object[] options = {Messages.get("review.conflict.reload"), Messages.get("review.conflict.later")};
    int choice = JOptionPane.showOptionDialog(window.frame(),
        Messages.get("review.conflict", HtmlText.escape(Alerts.describe(e))),
        Messages.get("review.saveFailed.title"), JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE, null,
        options, options[0]);
    conflictsAsked.remove(patientKey);
    if (choice == 0) {
      reload(patientKey);
    }
  }

  /**
   * Reads the patient's diary and review again from the database, as a colleague left them, once
   * the review writes already made have reached it (or two seconds have passed); the EDT never waits.
   */
  private void reload(String patientKey) {
    if (window.model().busy()) {
      return;
    }
    window.model().remove(patientKey);
    window.writer().written().completeOnTimeout(null, 2, TimeUnit.SECONDS)
        .thenRun(() -> SwingUtilities.invokeLater(() -> openKept(patientKey)));
  }
}
