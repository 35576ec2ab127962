package io.keystonebi.reports.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.DefaultResourceLoader;

import io.keystonebi.reports.ReportsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrandingTests {

	@Test
	void theDefaultsGiveTheBundledLogoAndColours() {
		Branding branding = brandings(Map.of()).branding();
		assertThat(branding.brokerageName()).isEqualTo("Keystone Realty");
		assertThat(branding.primaryColour()).isEqualTo("#1f3a5f");
		assertThat(branding.accentColour()).isEqualTo("#c8963e");
		// A PNG's signature, then its IHDR chunk: the bundled logo is 560 x 160 pixels.
		assertThat(branding.logoPng()).startsWith(0x89, 'P', 'N', 'G');
		assertThat(new String(branding.logoPng(), 12, 4)).isEqualTo("IHDR");
	}

	@Test
	void settingsNameTheBrokerageItsTextsAndALogoFile(@TempDir Path directory) throws Exception {
		Path logo = directory.resolve("logo.png");
		byte[] png = ReportFixtures.branding().logoPng();
		Files.write(logo, png);
		Branding branding = brandings(Map.of("bi.reports.branding.brokerage-name", "Harbor & Pine",
				"bi.reports.branding.logo", logo.toUri().toString(), "bi.reports.branding.primary-colour", "#0A7F5C",
				"bi.reports.branding.header-text", "Board pack", "bi.reports.branding.footer-text", "Private"))
			.branding();
		assertThat(branding.brokerageName()).isEqualTo("Harbor & Pine");
		assertThat(branding.logoPng()).isEqualTo(png);
		assertThat(branding.primaryColour()).isEqualTo("#0a7f5c");
		assertThat(branding.headerText()).isEqualTo("Board pack");
		assertThat(branding.footerText()).isEqualTo("Private");
	}

	@Test
	void aBadColourIsRefusedNamingItAndItsSetting() {
		assertThatThrownBy(() -> brandings(Map.of("bi.reports.branding.accent-colour", "gold")))
			.isInstanceOf(InvalidBrandColourException.class)
			.hasMessageContaining("'gold'")
			.hasMessageContaining("bi.reports.branding.accent-colour");
		assertThatThrownBy(() -> brandings(Map.of("bi.reports.branding.primary-colour", "#12345")))
			.isInstanceOf(InvalidBrandColourException.class)
			.hasMessageContaining("'#12345'")
			.hasMessageContaining("bi.reports.branding.primary-colour");
	}

	@Test
	void aMissingOrNonPngLogoIsRefusedNamingIt(@TempDir Path directory) throws Exception {
		assertThatThrownBy(() -> brandings(Map.of("bi.reports.branding.logo", "classpath:no/such/logo.png")))
			.isInstanceOf(BrandLogoUnreadableException.class)
			.hasMessageContaining("classpath:no/such/logo.png");
		Path text = directory.resolve("logo.png");
		Files.writeString(text, "not an image");
		assertThatThrownBy(() -> brandings(Map.of("bi.reports.branding.logo", text.toUri().toString())))
			.isInstanceOf(BrandLogoUnreadableException.class)
			.hasMessageContaining("not a PNG");
	}

	private static Brandings brandings(Map<String, String> settings) {
		ReportsProperties properties = new Binder(new MapConfigurationPropertySource(new HashMap<>(settings)))
			.bindOrCreate("bi.reports", ReportsProperties.class);
		return new Brandings(properties, new DefaultResourceLoader());
	}

}
