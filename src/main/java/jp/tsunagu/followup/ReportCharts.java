package jp.tsunagu.followup;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.event.EventTable;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.printing.PdfDrawing;
import jp.tsunagu.seating.SeatingCategories;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's three charts (JFreeChart, decision 0060): attendance by category, the industry mix
 * at each table, seeds of connection by status. Flat bars in the bundled font, so that drawn through
 * {@link PdfDrawing#draw} they are vector paths and PDF text.
 */
final class ReportCharts {
    /** The industries named in the mix; the rest share one bar segment, so the legend stays readable. */
    static final int NAMED_INDUSTRIES = 8;

    private static final Color[] PALETTE = {
        new Color(0x2F, 0x6B, 0xB3), new Color(0xE0, 0x8A, 0x2E), new Color(0x3A, 0x9A, 0x5B),
        new Color(0xC2, 0x4B, 0x4B), new Color(0x7E, 0x5B, 0xB0), new Color(0x2C, 0xA3, 0xA8),
        new Color(0xB8, 0x8A, 0x1F), new Color(0xD0, 0x6C, 0xA8), new Color(0x8A, 0x8F, 0x96),
        new Color(0xC8, 0xCC, 0xD2)
    };

    private ReportCharts() {}

    static JFreeChart attendanceByCategory(ReportFigures f, Messages m) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String registered = m.get("followup.chart.registered");
        String attended = m.get("followup.chart.attended");
        f.byCategory().forEach((category, counts) -> {
            String label = category.isEmpty() ? m.get("followup.report.noCategory") : category;
            data.addValue(counts.registered(), registered, label);
            data.addValue(counts.attended(), attended, label);
        });
        return styled(
                ChartFactory.createBarChart(
                        m.get("followup.chart.attendance"),
                        null,
                        m.get("followup.chart.people"),
                        data,
                        PlotOrientation.VERTICAL,
                        true,
                        false,
                        false),
                false);
    }

    static JFreeChart industryMix(ReportContent content, Messages m) {
        Map<Integer, Map<String, Integer>> byTable = new LinkedHashMap<>();
        Map<String, Integer> overall = new HashMap<>();
        String none = m.get("followup.chart.noIndustry");
        for (EventTable t : content.plan().tables()) {
            byTable.put(t.number(), new LinkedHashMap<>());
        }
        for (ReportPerson p : content.people()) {
            if (!p.attended() || p.table() == null || !byTable.containsKey(p.table())) {
                continue;
            }
            String industry = SeatingCategories.industry(p.industry()).orElse(none);
            byTable.get(p.table()).merge(industry, 1, Integer::sum);
            if (!industry.equals(none)) {
                overall.merge(industry, 1, Integer::sum);
            }
        }
        List<String> named = new ArrayList<>(overall.keySet());
        named.sort((a, b) -> overall.get(b) - overall.get(a) != 0 ? overall.get(b) - overall.get(a) : a.compareTo(b));
        List<String> shown = named.subList(0, Math.min(NAMED_INDUSTRIES, named.size()));
        String others = m.get("followup.chart.otherIndustries");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> series = new ArrayList<>(shown);
        series.add(others);
        series.add(none);
        for (var table : byTable.entrySet()) {
            String column = m.get("followup.chart.table", table.getKey());
            Map<String, Integer> counts = new HashMap<>();
            table.getValue().forEach((industry, n) -> {
                String key = shown.contains(industry) || industry.equals(none) ? industry : others;
                counts.merge(key, n, Integer::sum);
            });
            for (String s : series) {
                data.addValue(counts.getOrDefault(s, 0), s, column);
            }
        }
        return styled(
                ChartFactory.createStackedBarChart(
                        m.get("followup.chart.industryMix"),
                        null,
                        m.get("followup.chart.people"),
                        data,
                        PlotOrientation.VERTICAL,
                        true,
                        false,
                        false),
                false);
    }

    static JFreeChart seedsByStatus(ReportFigures f, Messages m) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String seeds = m.get("followup.chart.seeds");
        f.seedsByStatus().forEach((status, n) -> data.addValue(n, seeds, m.get("followup.status." + status.code())));
        return styled(
                ChartFactory.createBarChart(
                        m.get("followup.chart.seedsByStatus"),
                        null,
                        m.get("followup.chart.count"),
                        data,
                        PlotOrientation.VERTICAL,
                        false,
                        false,
                        false),
                true);
    }

    private static JFreeChart styled(JFreeChart chart, boolean oneSeries) {
        StandardChartTheme theme = new StandardChartTheme("Tsunagu");
        theme.setExtraLargeFont(PdfDrawing.awtFont(true, 12f));
        theme.setLargeFont(PdfDrawing.awtFont(false, 10f));
        theme.setRegularFont(PdfDrawing.awtFont(false, 9f));
        theme.setSmallFont(PdfDrawing.awtFont(false, 8f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xD5, 0xD8, 0xDC));
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        // Long category names (「SDGsプラットフォーム登録企業」, "Working") wrap instead of ending in "…".
        plot.getDomainAxis().setMaximumCategoryLabelLines(4);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, oneSeries ? PALETTE[0] : PALETTE[i]);
        }
        return chart;
    }
}
