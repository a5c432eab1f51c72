package org.rlsviewer.ui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.swing.UIManager;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;

/** Colours a chart from the look and feel, so charts sit in light and dark windows alike. */
final class ChartTheme {

  private ChartTheme() {
  }

  static void apply(ChartPanel panel) {
    JFreeChart chart = panel.getChart();
    Color background = colour("RlsViewer.chart.background", Color.WHITE);
    panel.setBackground(background);
    if (chart == null) {
      return;
    }
    Color text = colour("Label.foreground", Color.BLACK);
    Color grid = colour("RlsViewer.chart.gridline", Color.LIGHT_GRAY);
    chart.setBackgroundPaint(background);
    if (chart.getTitle() != null) {
      chart.getTitle().setPaint(text);
    }
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(background);
    plot.setDomainGridlinePaint(grid);
    plot.setRangeGridlinePaint(grid);
    List<Axis> axes = new ArrayList<>();
    axes.add(plot.getDomainAxis());
    for (int i = 0; i < plot.getRangeAxisCount(); i++) {
      if (plot.getRangeAxis(i) != null) {
        axes.add(plot.getRangeAxis(i));
      }
    }
    for (Axis a : axes) {
      a.setLabelPaint(text);
      a.setTickLabelPaint(text);
      a.setAxisLinePaint(grid);
      a.setTickMarkPaint(grid);
    }
    for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
      Collection<?> markers = plot.getDomainMarkers(layer);
      for (Object m : markers == null ? List.of() : markers) {
        ((Marker) m).setLabelPaint(text);
      }
    }
    for (Object a : plot.getAnnotations()) {
      if (a instanceof XYTextAnnotation label) {
        label.setPaint(text);
      }
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setBackgroundPaint(background);
      legend.setItemPaint(text);
    }
  }

  static Color colour(String key, Color fallback) {
    Color c = UIManager.getColor(key);
    return c != null ? c : fallback;
  }
}
