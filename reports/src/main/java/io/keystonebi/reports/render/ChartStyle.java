package io.keystonebi.reports.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;

/**
 * The charts' look: the PDF's own font (DejaVu Sans, as the text around them) so a chart reads the same on every
 * machine whatever fonts it has, and series colours from the branding.
 */
final class ChartStyle {

	private static final Font REGULAR = font("DejaVuSans.ttf");

	private static final Font BOLD = font("DejaVuSans-Bold.ttf");

	static final Color GRID = new Color(0xE1E5EA);

	static final Color INK = new Color(0x1D2733);

	static final Color MUTED = new Color(0x5F6B7A);

	static final BasicStroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

	private ChartStyle() {
	}

	/**
	 * @param branding the brokerage's colours, the series' colours in order
	 * @return a theme of the report's fonts on white
	 */
	static StandardChartTheme theme(Branding branding) {
		StandardChartTheme theme = new StandardChartTheme("report");
		theme.setDrawingSupplier(new DefaultDrawingSupplier(palette(branding, 10),
				DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
				new Stroke[] { LINE }, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
				new Shape[] { new Ellipse2D.Double(-3, -3, 6, 6) }));
		theme.setExtraLargeFont(BOLD.deriveFont(11f));
		theme.setLargeFont(BOLD.deriveFont(9f));
		theme.setRegularFont(REGULAR.deriveFont(8f));
		theme.setSmallFont(REGULAR.deriveFont(7f));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setPlotOutlinePaint(Color.WHITE);
		theme.setDomainGridlinePaint(GRID);
		theme.setRangeGridlinePaint(GRID);
		theme.setAxisLabelPaint(MUTED);
		theme.setTickLabelPaint(MUTED);
		theme.setLegendItemPaint(INK);
		theme.setLegendBackgroundPaint(Color.WHITE);
		theme.setShadowVisible(false);
		theme.setLabelLinkPaint(MUTED);
		return theme;
	}

	/** @return the font of labels drawn on a chart */
	static Font regular(float size) {
		return REGULAR.deriveFont(size);
	}

	/**
	 * @param branding the brokerage's colours
	 * @param count how many colours
	 * @return the primary and accent colours first, then lighter and darker shades of both, then neutrals
	 */
	static Paint[] palette(Branding branding, int count) {
		Color primary = branding.primary();
		Color accent = branding.accent();
		Color[] base = { primary, accent, mix(primary, Color.WHITE, 0.45), mix(accent, Color.WHITE, 0.45),
				mix(primary, Color.BLACK, 0.35), mix(accent, Color.BLACK, 0.35), new Color(0x7A8899),
				mix(primary, Color.WHITE, 0.7), mix(accent, Color.WHITE, 0.7), new Color(0xB5BEC9) };
		Paint[] paints = new Paint[count];
		for (int i = 0; i < count; i++) {
			paints[i] = base[i % base.length];
		}
		return paints;
	}

	private static Color mix(Color colour, Color with, double share) {
		return new Color(blend(colour.getRed(), with.getRed(), share), blend(colour.getGreen(), with.getGreen(), share),
				blend(colour.getBlue(), with.getBlue(), share));
	}

	private static int blend(int a, int b, double share) {
		return (int) Math.round(a * (1 - share) + b * share);
	}

	private static Font font(String file) {
		try (InputStream in = ChartStyle.class.getClassLoader()
			.getResourceAsStream("net/sf/jasperreports/fonts/dejavu/" + file)) {
			if (in == null) {
				throw new IllegalStateException("The DejaVu font " + file + " is not on the classpath");
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("Cannot read the DejaVu font " + file, ex);
		}
	}

}
