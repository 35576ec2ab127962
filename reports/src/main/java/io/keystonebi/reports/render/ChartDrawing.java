package io.keystonebi.reports.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderToImageAwareRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn straight into the PDF page as vector graphics, sharp at any zoom and small, rather than as a
 * picture of it.
 */
final class ChartDrawing extends AbstractRenderToImageAwareRenderer implements Graphics2DRenderable {

	private final transient JFreeChart chart;

	ChartDrawing(JFreeChart chart) {
		this.chart = chart;
	}

	@Override
	public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
		this.chart.draw(graphics, area);
	}

	@Override
	public int getImageDataDPI(JasperReportsContext context) {
		// Where an exporter needs a picture after all, one sharp enough to print.
		return 300;
	}

}
