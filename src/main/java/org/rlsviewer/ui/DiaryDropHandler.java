package org.rlsviewer.ui;

import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.event.InputEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.TransferHandler;

/**
 * Accepts a diary file dropped onto the window. Anything else (copying cells of the table, say) goes
 * to the component's own handler, so installing this one costs the component nothing.
 */
final class DiaryDropHandler extends TransferHandler {

  private final Consumer<Path> open;
  private final Consumer<String> complain;
  private final TransferHandler delegate;

  DiaryDropHandler(Consumer<Path> open, Consumer<String> complain, TransferHandler delegate) {
    this.open = open;
    this.complain = complain;
    this.delegate = delegate;
  }

  static void install(JComponent component, Consumer<Path> open, Consumer<String> complain) {
    component.setTransferHandler(new DiaryDropHandler(open, complain, component.getTransferHandler()));
  }

  @Override
  public boolean canImport(TransferSupport support) {
    if (support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
      return true;
    }
    return delegate != null && delegate.canImport(support);
  }

  @Override
  public boolean importData(TransferSupport support) {
    if (!support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
      return delegate != null && delegate.importData(support);
    }
    try {
      List<?> files = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
      if (files.size() != 1 || !(files.get(0) instanceof File file)) {
        complain.accept(Messages.get("drop.onlyOne"));
        return false;
      }
      open.accept(file.toPath());
      return true;
    } catch (UnsupportedFlavorException | IOException e) {
      return false;
    }
  }

  @Override
  public int getSourceActions(JComponent c) {
    return delegate == null ? NONE : delegate.getSourceActions(c);
  }

  @Override
  public void exportAsDrag(JComponent comp, InputEvent e, int action) {
    if (delegate != null) {
      delegate.exportAsDrag(comp, e, action);
    }
  }

  @Override
  public void exportToClipboard(JComponent comp, Clipboard clip, int action) {
    if (delegate != null) {
      delegate.exportToClipboard(comp, clip, action);
    }
  }
}
