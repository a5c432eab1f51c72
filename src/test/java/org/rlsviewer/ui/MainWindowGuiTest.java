package org.rlsviewer.ui;

import static org.rlsviewer.ui.GuiTests.windowOf;
import static org.rlsviewer.ui.GuiTests.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JPasswordField;
import javax.swing.JTable;
import javax.swing.TransferHandler;
import javax.swing.text.BadLocationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JCheckBoxFixture;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.report.VisitSummaryPdf;

/** Drives the real window: open a sample, review a flag, export the PDF, survive a bad file. */
@ShowWindow(packed = true)
class MainWindowGuiTest extends WindowTestCase {

  private static final Path SAMPLE = Path.of("samples", "numbness-weakness.csv");

  @TempDir Path temp;

  @Test
  void opensASampleShowsAFlagsEvidenceAndExportsThePdf() throws Exception {
    window.menuItem("menu.file.open").click();
    JFileChooserFixture open = window.fileChooser("openChooser");
    open.selectFile(SAMPLE.toAbsolutePath().toFile());
    open.approve();
    waitFor("the nights to load", () -> rowCount() > 0);
    assertThat(prefs.get("recent.0", "")).endsWith("numbness-weakness.csv");
    window.tabbedPane("mainTabs").selectTab(MainWindow.FLAGS_TAB);

    List<Flag> flags = GuiTests.queueFlags(window);
    assertThat(flags).extracting(Flag::ruleId).contains("numbness", "weakness");
    Flag numbness = flags.stream().filter(f -> f.ruleId().equals("numbness")).findFirst().orElseThrow();

    GuiTests.selectNightOf(window, numbness);

    String evidenceText = GuiActionRunner.execute(() -> plainText(window.textBox("evidencePane").target()));
    assertThat(evidenceText)
        .contains(numbness.evidence().date().toString())
        .contains(numbness.evidence().matched())
        .contains(numbness.title())
        .contains(numbness.basis());
    String selectedNight = GuiActionRunner.execute(() -> {
      JTable table = nightsTable();
      int row = table.getSelectedRow();
      return row < 0 ? "" : String.valueOf(table.getValueAt(row, table.getColumn("Date").getModelIndex()));
    });
    assertThat(selectedNight).isEqualTo(numbness.evidence().date().toString());

    window.menuItem("menu.file.exportPdf").click();
    JFileChooserFixture save = window.fileChooser("exportChooser");
    save.setCurrentDirectory(temp.toFile());
    Path pdf = temp.resolve("visit.pdf");
    fileNameBox(save).setText(pdf.toString());
    save.approve();
    waitFor("the PDF to be written", () -> Files.exists(pdf) && window.label("statusLabel").text().contains("saved"));

    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains(numbness.evidence().date().toString()).containsIgnoringCase("ferritin");
    }
  }

  @Test
  void nextFlagShortcutStepsThroughTheFlags() {
    GuiActionRunner.execute(() -> windowOf(window).openDiary(SAMPLE));
    waitFor("the nights to load", () -> rowCount() > 0);
    // row 0 is the red flags heading: the steps go through questions and nights only
    window.menuItem("menu.flags.next").click();
    assertThat(window.list("flagList").target().getSelectedIndex()).isEqualTo(1);
    window.menuItem("menu.flags.next").click();
    assertThat(window.list("flagList").target().getSelectedIndex()).isEqualTo(2);
    window.menuItem("menu.flags.previous").click();
    assertThat(window.list("flagList").target().getSelectedIndex()).isEqualTo(1);
    window.menuItem("menu.flags.previous").click();
    assertThat(window.list("flagList").target().getSelectedIndex()).as("wraps round past the heading")
        .isEqualTo(window.list("flagList").target().getModel().getSize() - 1);
  }

  @Test
  void aFileThatIsNotADiaryGetsOneClearMessageAndTheWindowStaysUp() throws Exception {
    Path png = temp.resolve("photo.png");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    GuiActionRunner.execute(() -> windowOf(window).openDiary(png));
    window.optionPane(Timeout.timeout(10_000)).requireErrorMessage().requireMessage(
        java.util.regex.Pattern.compile(".*photo\\.png.*", java.util.regex.Pattern.DOTALL));
    window.optionPane().okButton().click();
    window.requireVisible();
    window.menuItem("menu.file.exportPdf").requireDisabled();
  }

  @Test
  void aDiaryDroppedOntoTheWindowIsOpened() {
    Transferable dropped = new Transferable() {
      @Override
      public DataFlavor[] getTransferDataFlavors() {
        return new DataFlavor[] {DataFlavor.javaFileListFlavor};
      }

      @Override
      public boolean isDataFlavorSupported(DataFlavor flavor) {
        return DataFlavor.javaFileListFlavor.equals(flavor);
      }

      @Override
      public Object getTransferData(DataFlavor flavor) {
        return List.of(SAMPLE.toAbsolutePath().toFile());
      }
    };
    boolean accepted = GuiActionRunner.execute(() -> {
      JFrame frame = (JFrame) window.target();
      TransferHandler handler = frame.getRootPane().getTransferHandler();
      return handler.importData(new TransferHandler.TransferSupport(frame.getRootPane(), dropped));
    });
    assertThat(accepted).isTrue();
    waitFor("the nights to load", () -> rowCount() > 0);
    assertThat(window.target().getTitle()).contains("RLS Diary Viewer").doesNotStartWith("RLS Diary Viewer");
  }

  @Test
  void exportsAPasswordProtectedSummaryOnLetterPaperAndRemembersThePaper() throws Exception {
    GuiActionRunner.execute(() -> windowOf(window).openDiary(SAMPLE));
    waitFor("the nights to load", () -> rowCount() > 0);

    window.menuItem("menu.file.exportPdf").click();
    JFileChooserFixture save = window.fileChooser("exportChooser");
    new JComboBoxFixture(robot, robot.finder().findByName("pdfPaper", JComboBox.class, true)).selectItem(VisitSummaryPdf.Paper.LETTER.toString());
    protect("clinic pass", "clinic pass");
    Path pdf = temp.resolve("protected.pdf");
    fileNameBox(save).setText(pdf.toString());
    save.approve();
    waitFor("the PDF to be written", () -> Files.exists(pdf) && window.label("statusLabel").text().contains("saved"));

    try (PDDocument doc = Loader.loadPDF(pdf.toFile(), "clinic pass")) {
      assertThat(doc.isEncrypted()).isTrue();
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
    }
    assertThat(prefs.get(PdfOptionsPanel.PAPER_PREF, "")).isEqualTo("LETTER");
  }

  @Test
  void mismatchedPasswordsWriteNothingAndSaySo() {
    GuiActionRunner.execute(() -> windowOf(window).openDiary(SAMPLE));
    waitFor("the nights to load", () -> rowCount() > 0);

    window.menuItem("menu.file.exportPdf").click();
    JFileChooserFixture save = window.fileChooser("exportChooser");
    protect("one", "two");
    Path pdf = temp.resolve("never.pdf");
    fileNameBox(save).setText(pdf.toString());
    save.approve();

    window.optionPane(Timeout.timeout(10_000)).requireErrorMessage()
        .requireMessage(java.util.regex.Pattern.compile(".*passwords differ.*", java.util.regex.Pattern.DOTALL));
    window.optionPane().okButton().click();
    assertThat(pdf).doesNotExist();
  }

  @Test
  void printWithoutAPrinterExplainsWhatToDoInstead() {
    GuiActionRunner.execute(() -> {
      windowOf(window).printersAvailable(() -> false);
      windowOf(window).openDiary(SAMPLE);
    });
    waitFor("the nights to load", () -> rowCount() > 0);

    window.menuItem("menu.file.print").requireEnabled().click();

    window.optionPane(Timeout.timeout(10_000))
        .requireMessage(java.util.regex.Pattern.compile(".*No printer.*Export.*", java.util.regex.Pattern.DOTALL));
    window.optionPane().okButton().click();
    window.requireVisible();
  }

  /** The chooser's own file-name field (the accessory's password fields are text fields too). */
  /** Ticks "protect with a password" in the export dialog and types the password and its repeat. */
  private void protect(String password, String repeat) {
    new JCheckBoxFixture(robot, robot.finder().findByName("pdfProtect", JCheckBox.class, true)).check();
    new JTextComponentFixture(robot, robot.finder().findByName("pdfPassword", JPasswordField.class, true))
        .enterText(password);
    new JTextComponentFixture(robot, robot.finder().findByName("pdfPasswordRepeat", JPasswordField.class, true))
        .enterText(repeat);
  }

  private JTextComponentFixture fileNameBox(JFileChooserFixture chooser) {
    return GuiTests.fileNameBox(robot, chooser);
  }

  private int rowCount() {
    JTable table = nightsTable();
    return GuiActionRunner.execute(table::getRowCount);
  }

  /** Looked up without requiring it to be showing: it sits on the Nights tab. */
  private JTable nightsTable() {
    return window.robot().finder().findByName(window.target(), "nightsTable", JTable.class, false);
  }

  private static String plainText(javax.swing.text.JTextComponent c) {
    try {
      return c.getDocument().getText(0, c.getDocument().getLength());
    } catch (BadLocationException e) {
      throw new IllegalStateException(e);
    }
  }

}
