package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableModel;
import javax.swing.table.TableColumn;
import javax.swing.table.TableRowSorter;
import org.rlsviewer.domain.Bookmark;
import org.rlsviewer.domain.Diary;
import org.rlsviewer.domain.DiaryEntry;
import org.rlsviewer.domain.Flag;
import org.rlsviewer.domain.ImportReport;
import org.rlsviewer.domain.RejectedRow;
import org.rlsviewer.service.NightCharts;

/**
 * The Nights tab: every night in a sortable table, with filters for flagged nights, nights with
 * notes and a date range; the selected night's text in full below; and beside it the rows the
 * import rejected, with their raw lines.
 */
final class NightsView {

  private NightsTableModel model = new NightsTableModel();
  private final JTable table = new JTable(model);
  private final TableRowSorter<NightsTableModel> sorter = new TableRowSorter<>(model);
  private final JCheckBox flaggedOnly = new JCheckBox(Messages.get("nights.flagged"));
  private final JCheckBox withNotes = new JCheckBox(Messages.get("nights.withNotes"));
  private final JTextField from = new JTextField(9);
  private final JTextField to = new JTextField(9);
  private final JLabel count = new JLabel();
  private final JTextArea detail = new JTextArea();
  private final DefaultTableModel rejectedModel = new DefaultTableModel(new Object[] {
      Messages.get("report.column.line"), Messages.get("report.column.reason"),
      Messages.get("report.column.raw")}, 0) {
    @Override
    public boolean isCellEditable(int row, int column) {
      return false;
    }
  };
  private final JTable rejected = new JTable(rejectedModel);
  private final JLabel rejectedTitle = new JLabel();
  private final JPanel rejectedPanel;
  private final int dividerSize;
  private final JSplitPane split;
  private final JSplitPane tableAndDetail;
  private Set<LocalDate> flaggedNights = Set.of();
  private Map<LocalDate, Bookmark> bookmarks = Map.of();
  private NightsFilter filter = NightsFilter.ALL;

  NightsView(Consumer<Optional<LocalDate>> onNightSelected) {
    table.setName("nightsTable");
    table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.setDefaultRenderer(NightFlags.class, new UrgencyCellRenderer());
    // numbers and times centred, so a severity never runs into the time beside it
    javax.swing.table.DefaultTableCellRenderer centred = new javax.swing.table.DefaultTableCellRenderer();
    centred.setHorizontalAlignment(javax.swing.SwingConstants.CENTER);
    table.setDefaultRenderer(Integer.class, centred);
    table.setDefaultRenderer(java.time.LocalTime.class, centred);
    table.setRowSorter(sorter);
    table.setFillsViewportHeight(true);
    table.getAccessibleContext().setAccessibleName(Messages.get("tab.nights"));
    table.getSelectionModel().addListSelectionListener(e -> {
      if (!e.getValueIsAdjusting()) {
        Optional<DiaryEntry> night = selectedEntry();
        showDetail(night);
        onNightSelected.accept(night.map(DiaryEntry::date));
      }
    });

    flaggedOnly.setName("filterFlagged");
    withNotes.setName("filterNotes");
    from.setName("filterFrom");
    to.setName("filterTo");
    from.getAccessibleContext().setAccessibleName(Messages.get("nights.from"));
    to.getAccessibleContext().setAccessibleName(Messages.get("nights.to"));
    count.setName("nightsCount");
    flaggedOnly.addActionListener(e -> refilter());
    withNotes.addActionListener(e -> refilter());
    for (JTextField f : List.of(from, to)) {
      f.setToolTipText(Messages.get("nights.dateHint"));
      TextChanges.onChange(f, this::refilter);
    }
    // two rows, so the date fields stay on screen beside the rejected rows on a small screen
    JPanel checks = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 2));
    checks.add(flaggedOnly);
    checks.add(withNotes);
    JPanel dates = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 2));
    JLabel fromLabel = new JLabel(Messages.get("nights.from"));
    fromLabel.setLabelFor(from);
    dates.add(fromLabel);
    dates.add(from);
    JLabel toLabel = new JLabel(Messages.get("nights.to"));
    toLabel.setLabelFor(to);
    dates.add(toLabel);
    dates.add(to);
    dates.add(count);
    JPanel filters = new JPanel(new java.awt.GridLayout(2, 1));
    filters.add(checks);
    filters.add(dates);

    detail.setName("nightDetail");
    detail.setEditable(false);
    detail.setLineWrap(true);
    detail.setWrapStyleWord(true);
    detail.setRows(4);
    detail.getAccessibleContext().setAccessibleName(Messages.get("nights.detail"));
    detail.setText(Messages.get("nights.detail"));

    rejected.setName("rejectedTable");
    rejected.setFillsViewportHeight(true);
    rejected.getColumnModel().getColumn(0).setMaxWidth(70);
    rejectedTitle.setName("rejectedTitle");
    rejectedTitle.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
    rejectedPanel = new JPanel(new BorderLayout());
    rejectedPanel.setName("rejectedPane");
    rejectedPanel.add(rejectedTitle, BorderLayout.NORTH);
    rejectedPanel.add(new JScrollPane(rejected), BorderLayout.CENTER);

    tableAndDetail = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), new JScrollPane(detail));
    tableAndDetail.setName("nightsDetailSplit");
    tableAndDetail.setResizeWeight(0.8);
    JPanel left = new JPanel(new BorderLayout());
    left.add(filters, BorderLayout.NORTH);
    left.add(tableAndDetail, BorderLayout.CENTER);
    split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, rejectedPanel);
    split.setName("nightsSplit");
    split.setResizeWeight(0.8);
    dividerSize = split.getDividerSize();
    split.addComponentListener(new java.awt.event.ComponentAdapter() {
      @Override
      public void componentResized(java.awt.event.ComponentEvent e) {
        keepRoomForRejected();
      }
    });
  }

  JComponent component() {
    return split;
  }

  /** Keeps the dividers between the nights, their detail and the rejected rows where the clinician left them. */
  void keepDividers(WindowState windowState) {
    windowState.split(split, "nights", 900);
    windowState.split(tableAndDetail, "nightsDetail", 420);
  }

  JTable table() {
    return table;
  }

  /**
   * The table's model filled with a diary's nights, and its columns' widths, made off the Event
   * Dispatch Thread; the EDT only sets them.
   */
  record Prepared(NightsTableModel model, Set<LocalDate> flaggedNights, ColumnWidths widths) {

    static Prepared of(Diary diary, List<Flag> flags) {
      Set<LocalDate> flagged = new HashSet<>();
      flags.forEach(f -> flagged.add(f.evidence().date()));
      NightsTableModel model = new NightsTableModel();
      model.show(diary, flags);
      return new Prepared(model, Set.copyOf(flagged), ColumnWidths.measure(model.getColumnCount(),
          Math.min(model.getRowCount(), ROWS_MEASURED), (row, column) -> cellText(model, row, column)));
    }
  }

  /** Rows whose cells size the columns: the first nights, enough to size them on long diaries too. */
  private static final int ROWS_MEASURED = 400;

  /** A cell's text as the table's renderers write it. */
  private static String cellText(NightsTableModel model, int row, int column) {
    Object value = model.getValueAt(row, column);
    if (value instanceof NightFlags night) {
      return UrgencyStyle.word(night.urgency()) + "  " + night.named();
    }
    if (value instanceof Double d) {
      return java.text.NumberFormat.getInstance().format(d);
    }
    return value == null ? "" : value.toString();
  }

  void show(Prepared prepared, ImportReport report) {
    flaggedNights = prepared.flaggedNights();
    model = prepared.model();
    table.setRowSorter(null);
    table.setModel(model);
    sorter.setModel(model);
    table.setRowSorter(sorter);
    sizeColumns(prepared.widths());
    rejectedModel.setRowCount(0);
    for (RejectedRow row : report.rejected()) {
      rejectedModel.addRow(new Object[] {row.line(), row.reason(), row.rawText()});
    }
    // the pane is there only when rows were rejected
    rejectedTitle.setText(Messages.get("nights.rejected", report.rejected().size()));
    rejectedPanel.setVisible(!report.rejected().isEmpty());
    split.setDividerSize(report.rejected().isEmpty() ? 0 : dividerSize);
    javax.swing.SwingUtilities.invokeLater(this::keepRoomForRejected);
    refilter();
    showDetail(Optional.empty());
  }

  /**
   * Shows which nights are bookmarked: the table's column gives the bookmark's label (as on the
   * chart) and note, the detail pane its note.
   */
  void showBookmarks(List<Bookmark> shown) {
    Map<LocalDate, Bookmark> byNight = new HashMap<>();
    Map<LocalDate, String> labels = new HashMap<>();
    List<Bookmark> sorted = shown.stream().sorted(java.util.Comparator.comparing(Bookmark::night)).toList();
    for (int i = 0; i < sorted.size(); i++) {
      Bookmark b = sorted.get(i);
      byNight.put(b.night(), b);
      labels.put(b.night(), NightCharts.bookmarkLabel(i) + (b.note().isEmpty() ? "" : ": " + b.note()));
    }
    bookmarks = byNight;
    model.showBookmarks(labels);
    showDetail(selectedEntry());
  }

  /** The actions offered by the table's context menu (right-click), for the night clicked. */
  void contextActions(List<? extends Action> actions) {
    JPopupMenu menu = new JPopupMenu();
    menu.setName("nightsMenu");
    for (Action a : actions) {
      JMenuItem item = menu.add(a);
      item.setName("nightsMenu." + a.getValue(Action.ACTION_COMMAND_KEY));
    }
    table.addMouseListener(new java.awt.event.MouseAdapter() {
      @Override
      public void mousePressed(java.awt.event.MouseEvent e) {
        popup(e);
      }

      @Override
      public void mouseReleased(java.awt.event.MouseEvent e) {
        popup(e);
      }

      private void popup(java.awt.event.MouseEvent e) {
        if (!e.isPopupTrigger()) {
          return;
        }
        int row = table.rowAtPoint(e.getPoint());
        if (row >= 0 && table.getSelectedRow() != row) {
          table.setRowSelectionInterval(row, row);
        }
        if (row >= 0) {
          menu.show(table, e.getX(), e.getY());
        }
      }
    });
  }

  /** Selects the night's row (clearing filters that hide it) and scrolls to it. */
  void select(LocalDate night) {
    int modelRow = model.rowOf(night);
    if (modelRow < 0) {
      return;
    }
    int viewRow = table.convertRowIndexToView(modelRow);
    if (viewRow < 0) {
      flaggedOnly.setSelected(false);
      withNotes.setSelected(false);
      from.setText("");
      to.setText("");
      refilter();
      viewRow = table.convertRowIndexToView(modelRow);
    }
    if (viewRow >= 0 && table.getSelectedRow() != viewRow) {
      table.setRowSelectionInterval(viewRow, viewRow);
      Rectangle cell = table.getCellRect(viewRow, 0, true);
      table.scrollRectToVisible(cell);
    }
  }

  Optional<DiaryEntry> selectedEntry() {
    int row = table.getSelectedRow();
    return row < 0 ? Optional.empty() : Optional.of(model.entryAt(table.convertRowIndexToModel(row)));
  }

  private void refilter() {
    Optional<LocalDate> fromDate = NightsFilter.parseDate(from.getText());
    Optional<LocalDate> toDate = NightsFilter.parseDate(to.getText());
    mark(from, fromDate != null);
    mark(to, toDate != null);
    filter = new NightsFilter(flaggedOnly.isSelected(), withNotes.isSelected(),
        fromDate == null ? Optional.empty() : fromDate, toDate == null ? Optional.empty() : toDate);
    NightsFilter current = filter;
    Set<LocalDate> flagged = flaggedNights;
    sorter.setRowFilter(current.equals(NightsFilter.ALL) ? null : new RowFilter<NightsTableModel, Integer>() {
      @Override
      public boolean include(Entry<? extends NightsTableModel, ? extends Integer> entry) {
        return current.shows(entry.getModel().entryAt(entry.getIdentifier()), flagged);
      }
    });
    count.setText(Messages.get("nights.showing", table.getRowCount(), model.getRowCount()));
  }

  private static void mark(JTextField field, boolean valid) {
    Color bad = UIManager.getColor("RlsViewer.field.invalid");
    field.putClientProperty("JComponent.outline", valid ? null : (bad != null ? bad : "error"));
    field.setToolTipText(valid ? Messages.get("nights.dateHint") : Messages.get("nights.badDate"));
  }

  private void showDetail(Optional<DiaryEntry> night) {
    if (night.isEmpty()) {
      detail.setText(Messages.get("nights.detail"));
      return;
    }
    DiaryEntry e = night.get();
    StringBuilder b = new StringBuilder().append(e.date());
    Bookmark bookmark = bookmarks.get(e.date());
    if (bookmark != null) {
      b.append("\n").append(Messages.get("nights.bookmark", bookmark.note().isEmpty() ? "\u2013" : bookmark.note()));
    }
    appendField(b, "Notes", e.notes());
    appendField(b, "Relief", e.relief());
    appendField(b, "Medications", e.medications());
    appendField(b, "Supplements", e.supplements());
    appendField(b, "Side effects", e.sideEffects());
    e.extras().forEach((k, v) -> appendField(b, k, v));
    detail.setText(b.toString());
    detail.setCaretPosition(0);
  }

  private static void appendField(StringBuilder b, String name, String value) {
    if (value != null && !value.isBlank()) {
      b.append("\n").append(name).append(": ").append(org.rlsviewer.domain.ShownText.of(value));
    }
  }

  /**
   * A shown rejected-rows pane keeps a quarter of the width, and at least the room its column
   * headers need (up to half), so its reasons can be read.
   */
  private void keepRoomForRejected() {
    int width = split.getWidth();
    if (!rejectedPanel.isVisible() || width <= 0) {
      return;
    }
    int headers = com.formdev.flatlaf.util.UIScale.scale(40);
    for (int i = 0; i < rejected.getColumnCount(); i++) {
      int header = TableFit.headerWidth(rejected, i);
      rejected.getColumnModel().getColumn(i).setMinWidth(header);
      headers += header;
    }
    int location = Math.max(width / 2, Math.min(width * 3 / 4, width - headers));
    if (split.getDividerLocation() > location) {
      split.setDividerLocation(location);
    }
  }

  /**
   * Each column as wide as its header and the cells of the first nights, so no header is cut; the
   * flag cell and the notes no wider than a third of a small screen (the detail pane and tooltip
   * hold all of them).
   */
  private void sizeColumns(ColumnWidths measured) {
    int widest = com.formdev.flatlaf.util.UIScale.scale(300);
    int flagWidest = com.formdev.flatlaf.util.UIScale.scale(220);
    java.util.function.BiFunction<Integer, Integer, String> text = (row, column) -> cellText(model, row, column);
    ColumnWidths widths = measured.in(table, Math.min(model.getRowCount(), ROWS_MEASURED), text);
    for (int i = 0; i < table.getColumnCount(); i++) {
      TableColumn col = table.getColumnModel().getColumn(i);
      int width = widths.columnWidth(table, i, text)
          + table.getIntercellSpacing().width + com.formdev.flatlaf.util.UIScale.scale(12);
      int modelIndex = col.getModelIndex();
      col.setPreferredWidth(modelIndex == NightsTableModel.NOTES_COLUMN ? Math.min(width, widest)
          : modelIndex == NightsTableModel.FLAG_COLUMN ? Math.min(width, flagWidest) : width);
    }
  }
}
