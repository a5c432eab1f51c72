package org.rlsviewer.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.table.DefaultTableModel;

/** Help > About: the version, the build date and the licences of everything the program bundles. */
public final class AboutDialog {

  private static final String FONT_LICENCE = "/org/rlsviewer/report/fonts/LICENSE.txt";

  private AboutDialog() {}

  /** Shows the dialog over the window; call on the Event Dispatch Thread. */
  public static void show(JFrame owner) {
    JOptionPane.showMessageDialog(owner, content(), Messages.get("menu.help.about"),
        JOptionPane.INFORMATION_MESSAGE);
  }

  static JComponent content() {
    Properties build = buildProperties();
    JLabel heading = new JLabel(Messages.get("about.text", build.getProperty("version", "dev")));
    JLabel built = new JLabel(Messages.get("about.built", build.getProperty("buildDate", "?")));
    built.setName("aboutBuilt");
    JPanel top = new JPanel(new BorderLayout(0, 6));
    top.add(heading, BorderLayout.CENTER);
    top.add(built, BorderLayout.SOUTH);

    JTabbedPane tabs = new JTabbedPane();
    tabs.setName("aboutTabs");
    tabs.addTab(Messages.get("about.libraries"), new JScrollPane(librariesTable(ThirdPartyLicences.bundled())));
    JTextArea fonts = new JTextArea(resourceText(FONT_LICENCE));
    fonts.setEditable(false);
    fonts.setFont(new Font(Font.MONOSPACED, Font.PLAIN, fonts.getFont().getSize()));
    fonts.setCaretPosition(0);
    tabs.addTab(Messages.get("about.fonts"), new JScrollPane(fonts));

    JPanel panel = new JPanel(new BorderLayout(0, 10));
    panel.add(top, BorderLayout.NORTH);
    panel.add(tabs, BorderLayout.CENTER);
    panel.setBorder(BorderFactory.createEmptyBorder(0, 0, 4, 0));
    panel.setPreferredSize(new Dimension(640, 420));
    return panel;
  }

  static JTable librariesTable(List<ThirdPartyLicences.Library> libraries) {
    DefaultTableModel model = new DefaultTableModel(new Object[] {
        Messages.get("about.column.library"), Messages.get("about.column.version"),
        Messages.get("about.column.licence")}, 0) {
      @Override
      public boolean isCellEditable(int row, int column) {
        return false;
      }
    };
    for (ThirdPartyLicences.Library library : libraries) {
      model.addRow(new Object[] {library.name(), library.version(), library.licenceText()});
    }
    JTable table = new JTable(model);
    table.setName("aboutLibraries");
    table.getColumnModel().getColumn(0).setPreferredWidth(300);
    table.getColumnModel().getColumn(1).setPreferredWidth(70);
    table.getColumnModel().getColumn(2).setPreferredWidth(230);
    return table;
  }

  private static Properties buildProperties() {
    Properties p = new Properties();
    try (InputStream in = AboutDialog.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // the About box still shows the licences; version and date read "dev" and "?"
    }
    p.replaceAll((key, value) -> value.toString().startsWith("${") ? "dev" : value);
    return p;
  }

  private static String resourceText(String path) {
    try (InputStream in = AboutDialog.class.getResourceAsStream(path)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
