package io.keystonebi.reports.render;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

import io.keystonebi.reports.definition.BlockView;
import io.keystonebi.reports.panels.Column;
import io.keystonebi.reports.panels.Panel;
import io.keystonebi.reports.panels.Unit;

/** A block's chart, drawn from the same columns and rows as its table. */
final class BlockCharts {

	/** A pie shows this many slices at most; the rest are one slice, "Other". */
	private static final int PIE_SLICES = 7;

	private BlockCharts() {
	}

	/**
	 * @param view how the block is shown
	 * @param panel its figures
	 * @param branding the colours
	 * @return its chart, or null when the view draws none or nothing numeric is there to draw
	 */
	static JFreeChart chart(BlockView view, Panel panel, Branding branding) {
		BlockTable table = BlockTable.of(panel);
		if (panel.empty() || table.columns().length < 2 || table.measures().length == 0) {
			return null;
		}
		JFreeChart chart = switch (view) {
			case BAR, LINE -> categoryChart(view, table, branding);
			case PIE -> pie(table, branding);
			default -> null;
		};
		if (chart != null) {
			chart.setPadding(new RectangleInsets(4, 4, 4, 4));
			if (chart.getLegend() != null) {
				chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
			}
		}
		return chart;
	}

	private static JFreeChart categoryChart(BlockView view, BlockTable table, Branding branding) {
		Panel panel = table.panel();
		Column category = panel.columns().get(table.category());
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (List<Object> row : panel.rows()) {
			String key = Figures.text(row.get(table.category()), category.unit());
			for (int measure : table.measures()) {
				BigDecimal value = Figures.number(row.get(measure));
				data.addValue(value, panel.columns().get(measure).label(), key);
			}
		}
		boolean overTime = category.unit() == Unit.DATE || category.unit() == Unit.MONTH;
		CategoryPlot plot = new CategoryPlot();
		plot.setDataset(data);
		plot.setDomainAxis(new CategoryAxis());
		plot.setRangeAxis(valueAxis(panel.columns().get(table.measures()[0]).unit()));
		plot.setOrientation((view == BlockView.BAR && !overTime) ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
		plot.setRenderer((view == BlockView.LINE) ? lines(table, branding) : bars(table, branding));
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(true);
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		if (plot.getOrientation() == PlotOrientation.VERTICAL && data.getColumnCount() > 8) {
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
			plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
			plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		}
		plot.getDomainAxis().setCategoryMargin(0.25);
		plot.getDomainAxis().setAxisLineVisible(false);
		plot.getDomainAxis().setTickMarksVisible(false);
		JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, table.measures().length > 1);
		ChartStyle.theme(branding).apply(chart);
		if (chart.getLegend() != null) {
			chart.getLegend().setPosition(RectangleEdge.TOP);
		}
		var paints = ChartStyle.palette(branding, table.measures().length);
		for (int i = 0; i < paints.length; i++) {
			plot.getRenderer().setSeriesPaint(i, paints[i]);
		}
		return chart;
	}

	private static BarRenderer bars(BlockTable table, Branding branding) {
		BarRenderer bars = new BarRenderer();
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setDrawBarOutline(false);
		bars.setItemMargin(0.05);
		bars.setMaximumBarWidth(0.09);
		var paints = ChartStyle.palette(branding, table.measures().length);
		for (int i = 0; i < paints.length; i++) {
			bars.setSeriesPaint(i, paints[i]);
		}
		return bars;
	}

	private static LineAndShapeRenderer lines(BlockTable table, Branding branding) {
		LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
		var paints = ChartStyle.palette(branding, table.measures().length);
		for (int i = 0; i < paints.length; i++) {
			lines.setSeriesPaint(i, paints[i]);
			lines.setSeriesStroke(i, ChartStyle.LINE);
			lines.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
		}
		return lines;
	}

	private static NumberAxis valueAxis(Unit unit) {
		NumberAxis axis = new NumberAxis();
		axis.setNumberFormatOverride(axisFormat(unit));
		axis.setAxisLineVisible(false);
		axis.setTickMarksVisible(false);
		axis.setAutoRangeIncludesZero(true);
		axis.setUpperMargin(0.08);
		return axis;
	}

	private static NumberFormat axisFormat(Unit unit) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
		return switch (unit) {
			case MONEY -> new CompactMoneyFormat();
			case PERCENT -> new DecimalFormat("#,##0.#'%'", symbols);
			case DAYS -> new DecimalFormat("#,##0.# 'd'", symbols);
			default -> new DecimalFormat("#,##0.##", symbols);
		};
	}

	private static JFreeChart pie(BlockTable table, Branding branding) {
		Panel panel = table.panel();
		Column category = panel.columns().get(table.category());
		int measure = table.measures()[0];
		List<List<Object>> rows = panel.rows().stream()
			.filter((row) -> Figures.number(row.get(measure)) != null && Figures.number(row.get(measure)).signum() > 0)
			.sorted((a, b) -> Figures.number(b.get(measure)).compareTo(Figures.number(a.get(measure))))
			.toList();
		DefaultPieDataset<String> data = new DefaultPieDataset<>();
		BigDecimal other = BigDecimal.ZERO;
		for (int i = 0; i < rows.size(); i++) {
			BigDecimal value = Figures.number(rows.get(i).get(measure));
			if (i < PIE_SLICES - 1 || rows.size() == PIE_SLICES) {
				data.setValue(Figures.text(rows.get(i).get(table.category()), category.unit()), value);
			}
			else {
				other = other.add(value);
			}
		}
		if (other.signum() > 0) {
			data.setValue("Other", other);
		}
		PiePlot<String> plot = new PiePlot<>(data);
		plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}  {2}", NumberFormat.getNumberInstance(Locale.ENGLISH),
				new DecimalFormat("0.0%", DecimalFormatSymbols.getInstance(Locale.ENGLISH))));
		plot.setSectionOutlinesVisible(true);
		plot.setDefaultSectionOutlinePaint(java.awt.Color.WHITE);
		plot.setDefaultSectionOutlineStroke(new java.awt.BasicStroke(1.5f));
		plot.setInteriorGap(0.06);
		JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		ChartStyle.theme(branding).apply(chart);
		plot.setLabelBackgroundPaint(java.awt.Color.WHITE);
		plot.setLabelOutlinePaint(null);
		plot.setLabelShadowPaint(null);
		plot.setLabelFont(ChartStyle.regular(7.5f));
		plot.setShadowPaint(null);
		var paints = ChartStyle.palette(branding, data.getItemCount());
		for (int i = 0; i < data.getItemCount(); i++) {
			plot.setSectionPaint(data.getKey(i), paints[i]);
		}
		chart.getLegend().setPosition(RectangleEdge.RIGHT);
		return chart;
	}

}
