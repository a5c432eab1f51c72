package org.rlsviewer.ui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** A read-only table of ready-made text rows, for the summary tables of the window. */
final class RowsTableModel extends AbstractTableModel {

  private final List<String> headers;
  private List<List<String>> rows = List.of();

  RowsTableModel(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  void show(List<List<String>> newRows) {
    rows = new ArrayList<>(newRows);
    fireTableDataChanged();
  }

  @Override
  public int getRowCount() {
    return rows.size();
  }

  @Override
  public int getColumnCount() {
    return headers.size();
  }

  @Override
  public String getColumnName(int column) {
    return headers.get(column);
  }

  @Override
  public Object getValueAt(int row, int column) {
    return rows.get(row).get(column);
  }
}
