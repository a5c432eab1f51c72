import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;

/**
 * The yardstick for benchmark-startup.sh: the least a FlatLaf program can do to show a window,
 * painted once, then exit, as the program's --smoke-test does with a diary.
 */
public final class BareFlatLafWindow {

  private BareFlatLafWindow() {}

  public static void main(String[] args) {
    SwingUtilities.invokeLater(() -> {
      FlatLightLaf.setup();
      JFrame frame = new JFrame("Bare FlatLaf window");
      frame.add(new JLabel("Hello"));
      frame.setSize(1000, 700);
      frame.setVisible(true);
      SwingUtilities.invokeLater(() -> {
        JRootPane root = frame.getRootPane();
        root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
        System.exit(0);
      });
    });
  }
}
