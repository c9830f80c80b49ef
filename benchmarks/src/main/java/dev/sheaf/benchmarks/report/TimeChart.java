package dev.sheaf.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's chart, as SVG: median time per load against the number of authors, both on log
 * scales, one line per loader, one panel per database, all panels on the same time scale.
 */
public final class TimeChart {
  private static final int PANEL_WIDTH = 430;
  private static final int PANEL_HEIGHT = 330;
  private static final int LEFT = 62;
  private static final int RIGHT = 14;
  private static final int TOP = 56;
  private static final int BOTTOM = 46;
  private static final int LEGEND = 64;

  private final ResultGrid grid;

  public TimeChart(ResultGrid grid) {
    this.grid = grid;
  }

  /** The whole SVG document. */
  public String svg(String title) {
    int width = PANEL_WIDTH * grid.databases().size();
    int height = PANEL_HEIGHT + LEGEND;
    double[] times = timeRange();
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n",
        width, height, width, height));
    svg.append(String.format(Locale.ROOT,
        "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", width, height));
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">%s"
            + "</text>\n", width / 2, escape(title)));
    for (int i = 0; i < grid.databases().size(); i++) {
      panel(svg, grid.databases().get(i), i * PANEL_WIDTH, times);
    }
    legend(svg, PANEL_HEIGHT + 12, width);
    return svg.append("</svg>\n").toString();
  }

  /** Log10 of the lowest and highest decade the medians fall in. */
  private double[] timeRange() {
    double low = Double.MAX_VALUE;
    double high = -Double.MAX_VALUE;
    for (String database : grid.databases()) {
      for (String loader : grid.loaders(database)) {
        for (LoadResult result : grid.series(database, loader).values()) {
          low = Math.min(low, Math.log10(result.medianMillis()));
          high = Math.max(high, Math.log10(result.medianMillis()));
        }
      }
    }
    return new double[] {Math.floor(low), Math.ceil(high)};
  }

  private void panel(StringBuilder svg, String database, int x0, double[] times) {
    double sizeLow = Math.log10(grid.sizes().get(0)) - 0.2;
    double sizeHigh = Math.log10(grid.sizes().get(grid.sizes().size() - 1)) + 0.2;
    Scale x = new Scale(sizeLow, sizeHigh, x0 + LEFT, x0 + PANEL_WIDTH - RIGHT);
    Scale y = new Scale(times[0], times[1], PANEL_HEIGHT - BOTTOM, TOP);

    svg.append(String.format(Locale.ROOT,
        "<text x=\"%.1f\" y=\"44\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">"
            + "%s</text>\n", (x.to(sizeLow) + x.to(sizeHigh)) / 2,
        MarkdownTables.displayName(database)));
    for (int decade = (int) times[0]; decade <= times[1]; decade++) {
      double py = y.to(decade);
      svg.append(line(x.to(sizeLow), py, x.to(sizeHigh), py, "#dddddd", 1, null));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
          x.to(sizeLow) - 6, py + 4, MarkdownTables.millis(Math.pow(10, decade))));
    }
    for (int size : grid.sizes()) {
      double px = x.to(Math.log10(size));
      svg.append(line(px, y.to(times[0]), px, y.to(times[1]), "#eeeeee", 1, null));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%,d</text>\n",
          px, y.to(times[0]) + 16, size));
    }
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">authors</text>\n",
        (x.to(sizeLow) + x.to(sizeHigh)) / 2, y.to(times[0]) + 34));
    svg.append(String.format(Locale.ROOT,
        "<text transform=\"translate(%.1f,%.1f) rotate(-90)\" text-anchor=\"middle\">"
            + "median ms per load</text>\n",
        x0 + 14.0, (y.to(times[0]) + y.to(times[1])) / 2));
    svg.append(String.format(Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\""
            + " stroke=\"#888888\"/>\n",
        x.to(sizeLow), y.to(times[1]), x.to(sizeHigh) - x.to(sizeLow),
        y.to(times[0]) - y.to(times[1])));

    for (String loader : grid.loaders(database)) {
      Style style = Style.of(loader);
      List<String> points = new ArrayList<>();
      for (Map.Entry<Integer, LoadResult> point : grid.series(database, loader).entrySet()) {
        points.add(String.format(Locale.ROOT, "%.1f,%.1f", x.to(Math.log10(point.getKey())),
            y.to(Math.log10(point.getValue().medianMillis()))));
      }
      svg.append(String.format(Locale.ROOT,
          "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>\n",
          String.join(" ", points), style.color, style.width, dash(style)));
      for (String point : points) {
        String[] xy = point.split(",");
        svg.append(String.format(Locale.ROOT,
            "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"/>\n", xy[0], xy[1], style.color));
      }
    }
  }

  private void legend(StringBuilder svg, int top, int width) {
    List<String> loaders = grid.loaders();
    int columns = Math.min(3, loaders.size());
    int columnWidth = Math.min(260, width / columns);
    int left = (width - columnWidth * columns) / 2;
    for (int i = 0; i < loaders.size(); i++) {
      Style style = Style.of(loaders.get(i));
      int x = left + (i % columns) * columnWidth;
      int y = top + (i / columns) * 20;
      svg.append(line(x, y, x + 28, y, style.color, style.width, style.dash));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", x + 34, y + 4,
          escape(grid.description(loaders.get(i)))));
    }
  }

  private static String line(double x1, double y1, double x2, double y2, String color,
      double width, String dash) {
    return String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
            + " stroke-width=\"%.1f\"%s/>\n",
        x1, y1, x2, y2, color, width, dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
  }

  private static String dash(Style style) {
    return style.dash == null ? "" : " stroke-dasharray=\"" + style.dash + "\"";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A linear map from a range of values to a range of pixels. */
  private record Scale(double low, double high, double from, double to) {
    double to(double value) {
      return from + (value - low) / (high - low) * (to - from);
    }
  }

  /**
   * How each loader's line is drawn, by the labels the benchmarks share: Sheaf bold, hand-written
   * JDBC dashed beside it.
   */
  private record Style(String color, double width, String dash) {
    static Style of(String loader) {
      return switch (loader) {
        case "naive" -> new Style("#d62728", 1.5, null);
        case "sheaf" -> new Style("#1f77b4", 3, null);
        case "sheaf-parallel" -> new Style("#1f77b4", 2, "4 3");
        case "jdbc" -> new Style("#2ca02c", 2, "6 4");
        case "jdbc-keys" -> new Style("#17becf", 2, "2 3");
        case "jdbi-reducer" -> new Style("#9467bd", 1.5, null);
        case "hibernate" -> new Style("#8c564b", 1.5, null);
        case "jooq" -> new Style("#ff7f0e", 1.5, null);
        default -> new Style("#7f7f7f", 1.5, "1 2");
      };
    }
  }
}
